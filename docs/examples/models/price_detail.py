from datetime import datetime, timezone

from talon_models import PriceDetail

detail = PriceDetail(
    price=90.0,
    adjustment_reference_id="68851723-e6fa-488f-ace9-112581e6c19b",
    adjustment_effective_from=datetime(2025, 5, 25, tzinfo=timezone.utc),
    adjustment_effective_until=datetime(2025, 5, 30, tzinfo=timezone.utc),
)
print(detail.to_json(indent=2))
