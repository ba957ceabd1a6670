"""Signs of danger that name no crime: what a person in danger writes instead, in four languages.

People rarely write "I am being kidnapped". They write what they see: guards at the door, no
food since Tuesday, he is smashing everything, I can't talk long, my water broke, he doesn't wake
up, she said goodbye to everyone and has a rope, they left a bullet at my door. Each sign here is
one of those, grouped by what it means (a body in danger, held and watched, a weapon used, taken
by force, chased or hiding, a threat to the children, harm to oneself, extortion), written as a
harm term with its form so the same rules of time, person, negation and questions apply to it
(bot.safety.rules). Patterns run on folded text (bot.safety.text: no accents, lower case).
"""

from __future__ import annotations

# Words that say a body is in trouble: "no responde" is a phone unless one of them is near.
BODY = (
    r"desmay\w*|cayo|golpe\w*|sangr\w*|inconsciente|ojos|respira\w*|calor|trailer|caja|camion|"
    r"rio|herid\w*|fainted|passed out|fell|blood|bleeding|breath\w*|heat|hot|trailer|truck|"
    r"river|hurt|wound\w*|evanoui\w*|tombe\w*|sang|chaleur|chaud|remorque|camion|riviere|blesse\w*|"
    r"endispoze|tonbe|san|cho|kamyon|trele|rivye|blese|konesans"
)
