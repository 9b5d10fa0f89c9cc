"""scikit-learn side of bench/scoring.ts: the same multinomial logistic model scores the same 1M rows.

Fits LogisticRegression(multi_class='multinomial', solver='lbfgs', C=1, max_iter=1000, tol=1e-4) on
blobs_n100000 (as ../shared/bench/ref_sklearn.py does), writes its coef_/intercept_ to MODEL (so Segmap
scores the identical model) and the first 100,000 predicted labels to OUT, prints "ready", then times
one predict_proba on blobs_n1000000 per "go" line read from stdin (printing wall and CPU seconds), so the caller
can alternate runs with its own on a shared, noisy machine. "quit" ends.

  OMP_NUM_THREADS=1 /usr/bin/python3 bench/scoring_ref.py DATA_DIR MODEL OUT
"""
import json
import os
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression


def load(d, n):
    with open(os.path.join(d, f"blobs_n{n}.json")) as f:
        h = json.load(f)
    x = np.fromfile(os.path.join(d, h["file"]), dtype=h["dtype"]).reshape(h["n"], h["d"])
    y = np.fromfile(os.path.join(d, h["labels_file"]), dtype=h["labels_dtype"])
    return x, y


def main():
    data, model_out, out = sys.argv[1], sys.argv[2], sys.argv[3]
    xtr, ytr = load(data, 100_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lr = LogisticRegression(multi_class="multinomial", solver="lbfgs", C=1.0, max_iter=1000, tol=1e-4).fit(xtr, ytr)
    with open(model_out, "w") as f:
        json.dump({"coef": lr.coef_.tolist(), "intercept": lr.intercept_.tolist(), "classes": lr.classes_.tolist()}, f)
    xte, _ = load(data, 1_000_000)
    p = lr.predict_proba(xte)
    with open(out, "w") as f:
        json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__,
                   "labels_head": p[:100_000].argmax(axis=1).tolist(), "proba_head": p[:1000].max(axis=1).tolist()}, f)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        t, c = time.perf_counter(), time.process_time()
        lr.predict_proba(xte)
        print(time.perf_counter() - t, time.process_time() - c, flush=True)


if __name__ == "__main__":
    main()
