from talon_models import CartItem, IntegrationRequest, NewCustomerSessionV2

request = IntegrationRequest(
    customer_session=NewCustomerSessionV2(
        profile_id="URNGV8294NV",
        cart_items=[CartItem(name="Air Glide", sku="SKU1241028", quantity=1, price=99.99)],
    ),
    response_content=["customerSession", "customerProfile"],
)
print(request.to_json(indent=2))
