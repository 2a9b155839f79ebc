"""Pure-Python language engine and domain services. Never imports Qt."""
