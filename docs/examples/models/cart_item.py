from datetime import datetime, timezone

from talon_models import AdditionalCost, CartItem, PriceDetail

item = CartItem(
    name="Air Glide",
    sku="SKU1241028",
    quantity=1,
    returned_quantity=1,
    remaining_quantity=1,
    price=99.99,
    category="shoes",
    weight=1130.0,
    attributes={"image": "11.jpeg", "material": "leather"},
    additional_costs={"shipping": AdditionalCost(price=9)},
    selected_price_type="member",
    adjustment_reference_id="68851723-e6fa-488f-ace9-112581e6c19b",
    adjustment_effective_from=datetime(2021, 9, 12, 10, 12, 42, tzinfo=timezone.utc),
    adjustment_effective_until=datetime(2021, 9, 12, 10, 12, 42, tzinfo=timezone.utc),
    prices={
        "member": PriceDetail(
            price=90,
            adjustment_reference_id="68851723-e6fa-488f-ace9-112581e6c19b",
            adjustment_effective_from=datetime(2025, 5, 25, tzinfo=timezone.utc),
            adjustment_effective_until=datetime(2025, 5, 30, tzinfo=timezone.utc),
        ),
        "base": PriceDetail(price=100),
    },
)
print(item.to_json(indent=2))
