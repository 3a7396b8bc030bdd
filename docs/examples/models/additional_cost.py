from talon_models import AdditionalCost

cost = AdditionalCost(price=4.5)
print(cost.to_json(indent=2))
