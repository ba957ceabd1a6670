"""Command-line interface: one module per group of commands, registered in main.py."""
