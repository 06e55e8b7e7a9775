"""SEO-spam cleaners: lexicon hits (spam.lexicon), injected keyword pieces (spam.injection),
brands no lexicon knows in the forms of mirrors (spam.brands), and a document spam score with
tag and drop (spam.score)."""

from .brands import CoinedBrands
from .injection import InjectedFragments
from .lexicon import Lexicon, LexiconSpam
from .score import SpamScore

__all__ = ["CoinedBrands", "InjectedFragments", "Lexicon", "LexiconSpam", "SpamScore"]
