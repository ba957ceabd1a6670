"""Keeping directory entries true: asking each service's contact on a schedule, by e-mail or
WhatsApp (through the outbox), and the page their signed link opens."""
