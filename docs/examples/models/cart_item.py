from talon_models import AdditionalCost, CartItem

item = CartItem(
    name="Air Glide",
    sku="SKU1241028",
    quantity=1,
    price=99.99,
    category="shoes",
    weight=1130.0,
    attributes={"image": "11.jpeg", "material": "leather"},
    additional_costs={"shipping": AdditionalCost(price=9)},
)
print(item.to_json(indent=2))
