from talon_models import Product

product = Product(name="sample_product")
print(product.to_json(indent=2))
