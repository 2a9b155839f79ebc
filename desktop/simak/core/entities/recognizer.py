"""The CRF entity recogniser: load a crfsuite model, tag token lists, train a new model.

Models are in crfsuite's own binary format (no pickles). The app prefers a model the user
trained (`simak train-ner`, saved in the data folder) over the bundled one.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

from simak.core.entities import conll
from simak.core.entities.crfmodel import read_attributes
from simak.core.entities.features import DEFAULT_GROUPS, FeatureExtractor
from simak.core.entities.gazetteer import default_gazetteer
from simak.core.entities.metrics import Scores, score, spans_from_tags
from simak.core.entities.namelists import NameLists, sidecar_path
from simak.core.errors import BadInputError
from simak.paths import data_dir, resources_dir

MODEL_NAME = "ner-id.crfsuite"
# Tuned on the idner-news-2k dev split (see scripts/eval_ner.py and the helper's report).
DEFAULT_C1 = 0.02  # 0.05 before the large place list (placenames.py) came in
DEFAULT_C2 = 0.1
DEFAULT_ITERATIONS = 200
JACKKNIFE_FOLDS = 10
ROMAN_NUMERALS = frozenset(
    ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XX"]
)


def bundled_model_path() -> Path:
    return resources_dir() / "models" / MODEL_NAME


def user_model_path() -> Path:
    return data_dir() / "models" / MODEL_NAME


def default_model_path() -> Path:
    """The user's own model when they trained one, otherwise the bundled model."""
    user = user_model_path()
    return user if user.is_file() else bundled_model_path()


class EntityRecognizer:
    def __init__(self, tagger: pycrfsuite.Tagger, features: FeatureExtractor) -> None:
        self._tagger = tagger
        self._features = features
        self.labels = frozenset(tagger.labels())

    @classmethod
    def load(cls, path: Path | str | None = None) -> EntityRecognizer:
        path = Path(path) if path is not None else default_model_path()
        if not path.is_file():
            raise BadInputError(f"no entity model at {path}; run `simak train-ner` to make one")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise BadInputError(f"{path} is not a crfsuite entity model ({exc})") from exc
        labels = set(tagger.labels())
        if not labels or not labels <= conll.VALID_TAGS:
            tagger.close()
            raise BadInputError(f"{path} is not an entity model: its labels are {sorted(labels)}")
        names_path = sidecar_path(path)
        if not names_path.is_file():
            tagger.close()
            raise BadInputError(f"the entity model {path} lacks its name list {names_path.name}")
        try:
            names = NameLists.load(names_path)
        except (OSError, ValueError) as exc:
            raise BadInputError(f"cannot read the name list {names_path}: {exc}") from exc
        try:
            known = read_attributes(path)
        except (OSError, ValueError) as exc:
            tagger.close()
            raise BadInputError(f"{path} is not a crfsuite entity model ({exc})") from exc
        return cls(tagger, FeatureExtractor(default_gazetteer(), names=names, known=known))

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-PER, I-LOC, O, ...) for one sentence's tokens."""
        if not tokens:
            return []
        tags = self._tagger.tag(self._features.sentence(tokens))
        if tags.count("O") == len(tags):  # most sentences: no name, nothing to repair
            return tags
        tags = _repair_iob(tags)
        names = self._features.names
        return _trim_spans(tokens, tags, names) if names is not None else tags

    def forget_words(self) -> None:
        """Drop the features remembered per word: after a book they hold tens of megabytes
        that the next article (another text) will mostly not ask for."""
        self._features.forget_words()

    def tag_sents(self, sentences: Iterable[list[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]


def _repair_iob(tags: list[str]) -> list[str]:
    """A CRF may emit I-X after O or after another type; read it as the start of X."""
    out = list(tags)
    prev = "O"
    for i, tag in enumerate(out):
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            out[i] = "B-" + tag[2:]
        prev = out[i]
    return out


def _trim_spans(tokens: list[str], tags: list[str], names: NameLists) -> list[str]:
    """Drop ordinary words from the edges of each name ("the Financial Times Senin",
    "Wapres Boediono"), and names that are a lone Roman numeral ("Muktamar ke VIII").

    Ordinary means the training data showed the word often and never inside a name (see
    NameLists.is_ordinary); the CRF alone keeps some of them when the neighbours look like
    a name. Worth +0.005 F1 on the dev split for every training-fold split we tried."""
    spans = spans_from_tags(tags)
    if not spans:
        return tags
    out = ["O"] * len(tags)
    for start, end, kind in sorted(spans):
        while start < end and names.is_ordinary(tokens[start]):
            start += 1
        while end > start and names.is_ordinary(tokens[end - 1]):
            end -= 1
        if end - start == 1 and tokens[start] in ROMAN_NUMERALS:
            continue
        if start < end:
            out[start] = "B-" + kind
            for k in range(start + 1, end):
                out[k] = "I-" + kind
    return out


@dataclass
class TrainReport:
    model_path: Path
    sentences: int
    tokens: int
    seconds: float
    dev_scores: Scores | None = None
    params: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [
            f"trained on {self.sentences} sentences ({self.tokens} tokens) in {self.seconds:.1f} s",
            f"model written to {self.model_path}",
        ]
        if self.dev_scores is not None:
            lines.append(self.dev_scores.table())
        return "\n".join(lines)


def train(
    train_path: Path | str,
    dev_path: Path | str | None,
    model_out: Path | str,
    *,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_ITERATIONS,
    groups: frozenset[str] = DEFAULT_GROUPS,
) -> TrainReport:
    """Train a model from a tagged CoNLL file and score it on `dev_path` when given."""
    started = time.perf_counter()
    train_sents = conll.read(Path(train_path), with_tags=True)
    dev_sents = conll.read(Path(dev_path), with_tags=True) if dev_path else None
    gazetteer = default_gazetteer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for fold in range(JACKKNIFE_FOLDS):
        # Features of this fold come from name lists built on the other folds only.
        others = [
            (s.tokens, s.tags) for k, s in enumerate(train_sents) if k % JACKKNIFE_FOLDS != fold
        ]
        fold_features = FeatureExtractor(gazetteer, groups, NameLists.build(others))
        for sent in train_sents[fold::JACKKNIFE_FOLDS]:
            trainer.append(fold_features.sentence(sent.tokens), sent.tags)
    names = NameLists.build((s.tokens, s.tags) for s in train_sents)
    features = FeatureExtractor(gazetteer, groups, names)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    model_out = Path(model_out)
    model_out.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename, so a failed run never leaves half a model.
    partial = model_out.with_name(model_out.name + ".partial")
    try:
        trainer.train(str(partial))
        partial.replace(model_out)
        names.save(sidecar_path(model_out))
    except OSError as exc:
        raise BadInputError(f"cannot write the model to {model_out}: {exc.strerror}") from exc
    report = TrainReport(
        model_path=model_out,
        sentences=len(train_sents),
        tokens=sum(len(s.tokens) for s in train_sents),
        seconds=0.0,
        params={"c1": c1, "c2": c2, "max_iterations": max_iterations},
    )
    if dev_sents:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_out))
        recognizer = EntityRecognizer(tagger, features)
        predicted = recognizer.tag_sents(s.tokens for s in dev_sents)
        report.dev_scores = score([s.tags for s in dev_sents], predicted)
    report.seconds = time.perf_counter() - started
    return report
