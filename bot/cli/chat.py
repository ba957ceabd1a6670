"""`chat`: talk to a running Puente from the terminal, as the web chat does."""

from __future__ import annotations

import argparse
import uuid

import httpx


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("chat", help="a conversation in the terminal (needs `make run`)")
    p.add_argument("--url", default="http://localhost:8000", help="where Puente runs")
    p.add_argument("--lang", choices=["es", "en", "fr", "ht"], default=None)
    p.add_argument("--sender", default=None, help="keep a conversation across runs")
    p.set_defaults(func=_chat)


def _chat(args: argparse.Namespace) -> int:
    sender = args.sender or f"terminal-{uuid.uuid4().hex[:8]}"
    buttons: list[dict[str, str]] = []
    print("Puente: type a message, a button's number, or Ctrl-D to leave.")
    with httpx.Client(base_url=args.url, timeout=30) as client:
        first = True
        while True:
            try:
                text = input("you> ").strip()
            except EOFError:
                print()
                return 0
            if not text:
                continue
            if text.isdigit() and 0 < int(text) <= len(buttons):
                text = buttons[int(text) - 1]["payload"]
            body: dict[str, object] = {"sender": sender, "text": text}
            if first and args.lang:
                body["lang"] = args.lang
            first = False
            resp = client.post("/api/chat", json=body)
            if resp.status_code != 200:
                print(f"[{resp.status_code}] {resp.text}")
                continue
            buttons = []
            for message in resp.json()["messages"]:
                print(f"puente> {message['text']}")
                for b in message.get("buttons") or []:
                    buttons.append(b)
                    print(f"   {len(buttons)}. {b['title']}")
