"""Clause classification: labels, the run-time ONNX classifier."""
