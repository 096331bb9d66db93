"""Data for the trip's checklists and costs: documents, clinic due diligence, currencies and
reference prices. Loaded with importlib.resources by journey.services.documents and .costs."""
