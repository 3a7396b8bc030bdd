from talon_models import AdditionalCost, NewCustomerSessionV2

session = NewCustomerSessionV2(
    profile_id="URNGV8294NV",
    store_integration_id="STORE-001",
    evaluable_campaign_ids=[10, 12],
    coupon_codes=["XMAS-20-2021"],
    referral_code="NT2K54D9",
    loyalty_cards=["loyalty-card-1"],
    state="open",
    additional_costs={"shipping": AdditionalCost(price=9)},
    identifiers=["d41306257915f83fe01e54092ae470f631161ea16fcf4415842eed41470386ea"],
    attributes={"ShippingCity": "Berlin"},
)
print(session.to_json(indent=2))
