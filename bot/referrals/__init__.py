"""Referrals that close the loop: partners, consent per referral, links, check-ins, timers."""
