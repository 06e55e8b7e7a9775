"""SEO-spam cleaners: lexicon hits (spam.lexicon), injected keyword pieces (spam.injection), and a
document spam score with tag and drop (spam.score)."""

from .injection import InjectedFragments
from .lexicon import Lexicon, LexiconSpam
from .score import SpamScore

__all__ = ["InjectedFragments", "Lexicon", "LexiconSpam", "SpamScore"]
