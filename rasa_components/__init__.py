"""Custom Rasa components, loaded by the Rasa server from its own virtualenv (.venv-rasa).

They import only Rasa and the libraries Rasa ships with (scikit-learn, numpy, scipy): nothing
from `bot`, which runs in the app's virtualenv with newer libraries.
"""
