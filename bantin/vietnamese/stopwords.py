"""Words that match nearly every article ("của", "và", "các", and on a local portal "phường",
"xã"): a search neither requires them nor ranks by them alone.

Typed with marks, a word is a stop word when it is one of STOP_WORDS. Typed without marks
only when its folded form is not also a common content word: "cho" may be "chợ", "trong"
may be "trồng", so those stay words to find.
"""

from .text import fold, normalize

STOP_WORDS = frozenset(
    """
    của và các những là có được cho với trong trên dưới tại theo về đến từ khi đã đang sẽ này
    đó kia một thì mà như để bị ở ra vào lại cũng còn nên rằng hay hoặc nhưng nếu vì do qua
    phường xã quận huyện tỉnh
    """.split()
)
AMBIGUOUS_WITHOUT_MARKS = frozenset(
    "cho trong tren duoi tai ve den tu da dang se co la ma de bi o ra vao lai con nen hay "
    "do qua thi kia nay vi neu tinh quan".split()
)
FOLDED_STOP_WORDS = frozenset(fold(word) for word in STOP_WORDS) - AMBIGUOUS_WITHOUT_MARKS


def is_stop_word(word):
    """Whether the word, as typed, is a stop word."""
    if word.isascii():
        return word.casefold() in FOLDED_STOP_WORDS
    return normalize(word).casefold() in STOP_WORDS
