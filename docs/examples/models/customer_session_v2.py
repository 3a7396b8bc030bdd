from datetime import datetime, timezone

from talon_models import AdditionalCost, CartItem, CustomerSessionV2

session = CustomerSessionV2(
    id=6,
    created=datetime(2020, 2, 7, 8, 15, 22, tzinfo=timezone.utc),
    integration_id="URNGV8294NV",
    application_id=322,
    profile_id="URNGV8294NV",
    store_integration_id="STORE-001",
    evaluable_campaign_ids=[10, 12],
    coupon_codes=["XMAS-20-2021"],
    referral_code="NT2K54D9",
    loyalty_cards=["loyalty-card-1"],
    state="open",
    cart_items=[CartItem(name="Air Glide", sku="SKU1241028", quantity=1, price=99.99)],
    additional_costs={"shipping": AdditionalCost(price=9)},
    identifiers=["d41306257915f83fe01e54092ae470f631161ea16fcf4415842eed41470386ea"],
    attributes={"ShippingCity": "Berlin"},
    first_session=True,
    total=119.99,
    cart_item_total=99.99,
    additional_cost_total=20.0,
    updated=datetime(2020, 2, 8, 14, 15, 22, tzinfo=timezone.utc),
)
print(session.to_json(indent=2))
