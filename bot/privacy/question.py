"""A question "do you pass my data to migration?", about who sees what a person writes.

Many people who write to Puente fear that what they say reaches migration or the police. They
ask it in passing ("y mis datos se los pasan a migracion?", "will ice see this", "eske nou bay
imigrasyon enfòmasyon m yo?"), and Rasa hears either a request to erase ("datos") or nothing.
Such a question is answered plainly (`utter_privacy_answer`), and never taken as a request to
delete their data. Matched on folded text (no accents), in the four languages.
"""

from __future__ import annotations

import re

from bot.inbound import fold

_WORDS = re.compile(r"[^a-z0-9]+")  # "c'est", "vous me dénoncez?": words between spaces
_WHO = (
    r"(?:migracion|la migra|el inm|inm|ice|la policia|policia|el gobierno|gobierno|autoridades"
    r"|immigration|migration|the police|police|the government|government|authorities|cops"
    r"|l immigration|l immigration|la migration|les autorites|le gouvernement"
    r"|imigrasyon|migrasyon|lapolis|gouvenman|otorite)"
)
_DATA = (
    r"(?:mis datos|mi informacion|mi info|mis mensajes|mi numero|lo que (?:escribo|digo|les cuento)"
    r"|my (?:data|info|information|details|messages|number)|what i (?:write|say|tell you)"
    r"|mes (?:donnees|infos|informations|messages)|mon numero|ce que (?:j ecris|je dis)"
    r"|(?:enfomasyon|done|mesaj|nimewo) (?:m|mwen)|sa m (?:ekri|di))"
)
_GIVEN = (
    r"(?:pasan|pasa|dan|da|mandan|manda|comparten|comparte|entregan|entrega|reportan|reporta"
    r"|avisan|avisa|venden|share|shares|give|gives|pass|passes|send|sends|report|sell|hand"
    r"|donnez|donne|passez|transmettez|transmet|partagez|partage|envoyez|signalez|denoncez"
    r"|bay|pase|voye|pataje|rapote|denonse|vann)"
)
_ASKED = re.compile(
    r"\b(?:"
    # "mis datos se los pasan a migracion", "do you share my info with ice"
    rf"{_DATA}\b.{{0,30}}\b{_GIVEN}\b.{{0,25}}\b{_WHO}"
    rf"|{_GIVEN}\b.{{0,12}}\b{_DATA}\b.{{0,25}}\b{_WHO}"
    # "me reportan a migracion si les escribo?", "do you report people to ice"
    r"|(?:me|nos|nou|m) (?:reportan|reporta|denuncian|entregan|rapote|denonse)\b.{0,6}"
    r"\b(?:a|al|bay)?"
    rf"\s?{_WHO}"
    r"|(?:do|will|would) you (?:report|turn in|give) (?:me|us|people|anyone)\b.{0,6}"
    rf"\b(?:to )?{_WHO}"
    rf"|(?:vous|tu) (?:me|nous) (?:denoncez|signalez|denonces)\b.{{0,6}}{_WHO}"
    rf"|{_GIVEN}\b.{{0,12}}\b{_WHO}\b.{{0,12}}\b{_DATA}"
    # "migracion puede ver esto?", "will ice see my messages", "imigrasyon ka we sa?"
    rf"|(?:{_WHO} (?:puede|pueden|va a|van a|podria|can|could|will|peut|peuvent|va|ka|ap|pral)"
    rf"|(?:puede|pueden|va a|can|could|will|would|est ce que) {_WHO})"
    r" (?:ver|leer|saber|see|read|know|find out|voir|lire|savoir|we|li|konnen)"
    r" (?:esto|eso|lo que|mis mensajes|este chat|this|that|my messages|this chat|what i"
    r"|ce que|mes messages|ce chat|ca|sa|mesaj|chat)\b"
    # "es confidencial este chat?", "is this chat private", "c est confidentiel ?"
    r"|(?:es|esto es|is this|is it|are my messages|c est|est ce (?:que )?c est|sa a|eske sa a"
    r"|(?:este chat|this chat|ce chat|chat sa a)(?: es| is| est)?)"
    r" (?:confidencial|privado|confidential|private|confidentiel|prive|konfidansyel)\b"
    r"|(?:este chat|escribir aqui|this chat|writing here|ce chat|ecrire ici|chat sa a|ekri isit)"
    r" (?:es |is |est |li )?(?:seguro|safe|sur|an sekirite)\b"
    r")"
)


def asks_who_sees(text: str) -> bool:
    """Whether the message asks if Puente passes what it is told to migration, the police or
    any authority, or whether the chat is confidential."""
    return _ASKED.search(_WORDS.sub(" ", fold(text))) is not None
