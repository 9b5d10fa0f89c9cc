#!/usr/bin/python3
"""Reference values for src/core/stats and src/core/profile, computed by SciPy, statsmodels and R.

Run from the repository root with Debian's Python (scipy 1.10, statsmodels 0.13, R 4.2):

    /usr/bin/python3 test/reference/stats/make.py

It reads the real data in ../shared/data (never copied into the repo) and writes JSON fixtures next to
this script. Every value is produced by an outside implementation; this script only selects rows,
builds weights and calls the libraries:

- distributions.json  scipy.stats.{chi2,f,t,norm}.sf and scipy.special.{gammaincc,betainc,gammaln}
- spi.json, anxiety.json  per (variable, grouping):
    unweighted  scipy.stats.f_oneway, statsmodels anova_oneway(use_var='unequal'), scipy.stats.kruskal,
                scipy.stats.chi2_contingency(correction=False), scipy.stats.ttest_ind(equal_var=False),
                statsmodels proportions_ztest
    frequency   the same calls on the rows repeated by integer weights f_i = 1 + (i mod 3) (np.repeat):
                a weight that counts rows must give the test on the expanded data
    effective   survey weights w_i = 0.5 + ((37 i) mod 11) / 10 rescaled inside each group to its Kish
                effective size; statsmodels anova_generic (means, variances, nobs from DescrStatsW),
                statsmodels weightstats.ttest_ind(usevar='unequal', weights=...), proportions_ztest on
                effective counts, chi2_contingency on the effective-count table
- r.json  R 4.2 base: fisher.test (exact r x c and 2 x 2), p.adjust (holm, BH), oneway.test, kruskal.test,
          chisq.test(correct = FALSE), called through Rscript
"""
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
from scipy import special, stats
from statsmodels.stats.oneway import anova_generic, anova_oneway
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.weightstats import DescrStatsW
from statsmodels.stats.weightstats import ttest_ind as sm_ttest_ind

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))


def dump(name, value):
    with open(os.path.join(HERE, name), "w") as handle:
        json.dump(value, handle, indent=1, allow_nan=False)
        handle.write("\n")
    print("wrote", name, file=sys.stderr)


def fl(x):
    return float(x)


# ---------------------------------------------------------------- distributions
def distributions():
    cases = []
    for df in [1, 2, 3, 5, 10, 30, 100, 500]:
        for x in [0.001, 0.5, 1, 3.84, 10, 50, 200, 1000]:
            cases.append({"fn": "chiSquareSf", "args": [x, df], "value": fl(stats.chi2.sf(x, df))})
    for d1, d2 in [(1, 1), (1, 10), (2, 10), (5, 3), (3, 2000), (7, 45.5), (20, 20), (2, 1e6)]:
        for x in [0.01, 0.5, 1, 3, 10, 100, 1e4]:
            cases.append({"fn": "fSf", "args": [x, d1, d2], "value": fl(stats.f.sf(x, d1, d2))})
    for df in [1, 2, 4.5, 10, 33.3, 1000, 1e7]:
        for t in [0, 0.1, 1, 2.228, 5, 20, 100]:
            cases.append({"fn": "tTwoSided", "args": [t, df], "value": fl(2 * stats.t.sf(abs(t), df))})
    for z in [-8, -3, -1.96, 0, 0.5, 1.959963984540054, 5, 10, 30]:
        cases.append({"fn": "normalSf", "args": [z], "value": fl(stats.norm.sf(z))})
    for a in [0.5, 1, 2.5, 10, 100]:
        for x in [0.01, 1, 5, 50, 200]:
            cases.append({"fn": "regularizedGammaQ", "args": [a, x], "value": fl(special.gammaincc(a, x))})
    for a, b in [(0.5, 0.5), (2, 3), (10, 0.5), (50, 70), (0.5, 400)]:
        for x in [0.001, 0.2, 0.5, 0.9, 0.999]:
            cases.append({"fn": "regularizedBeta", "args": [x, a, b], "value": fl(special.betainc(a, b, x))})
    for x in [0.1, 0.5, 1, 2.5, 10, 171.5, 1e5]:
        cases.append({"fn": "logGamma", "args": [x], "value": fl(special.gammaln(x))})
    return cases


# ---------------------------------------------------------------- weights
def survey_weights(n):
    i = np.arange(n)
    return 0.5 + ((37 * i) % 11) / 10.0


def count_weights(n):
    return 1 + (np.arange(n) % 3)


def effective_scaled(w, g):
    """Each group's weights times n_eff,g / sum w_g = sum w_g / sum w_g^2."""
    out = np.zeros_like(w, dtype=float)
    for level in np.unique(g):
        m = g == level
        out[m] = w[m] * w[m].sum() / (w[m] ** 2).sum()
    return out


# ---------------------------------------------------------------- numeric references
def numeric_unweighted(y, g, levels):
    groups = [y[g == level] for level in levels]
    f = stats.f_oneway(*groups)
    welch = anova_oneway(y, g, use_var="unequal")
    kw = stats.kruskal(*groups)
    vs_rest = [stats.ttest_ind(y[g == level], y[g != level], equal_var=False) for level in levels]
    return {
        "anova": {"statistic": fl(f.statistic), "pValue": fl(f.pvalue)},
        "welch": {"statistic": fl(welch.statistic), "df1": fl(welch.df[0]), "df2": fl(welch.df[1]), "pValue": fl(welch.pvalue)},
        "kruskal": {"statistic": fl(kw.statistic), "pValue": fl(kw.pvalue)},
        "vsRest": [{"statistic": fl(r.statistic), "pValue": fl(r.pvalue)} for r in vs_rest],
        "means": [fl(np.mean(x)) for x in groups],
    }


def numeric_effective(y, g, w, levels):
    ws = effective_scaled(w, g)
    d = [DescrStatsW(y[g == level], weights=ws[g == level], ddof=1) for level in levels]
    means = np.array([x.mean for x in d])
    variances = np.array([x.var for x in d])
    nobs = np.array([x.sum_weights for x in d])
    eq = anova_generic(means, variances, nobs, use_var="equal")
    uneq = anova_generic(means, variances, nobs, use_var="unequal", welch_correction=True)
    vs_rest = []
    for level in levels:
        inside, outside = g == level, g != level
        # the rest is its own group: its weights are rescaled to its own effective size
        w_out = w[outside] * w[outside].sum() / (w[outside] ** 2).sum()
        t, p, df = sm_ttest_ind(y[inside], y[outside], usevar="unequal", weights=(ws[inside], w_out))
        vs_rest.append({"statistic": fl(t), "pValue": fl(p), "df": fl(df)})
    return {
        "anova": {"statistic": fl(eq.statistic), "df2": fl(eq.df[1]), "pValue": fl(eq.pvalue)},
        "welch": {"statistic": fl(uneq.statistic), "df2": fl(uneq.df[1]), "pValue": fl(uneq.pvalue)},
        "vsRest": vs_rest,
        "means": [fl(np.average(y[g == level], weights=w[g == level])) for level in levels],
        "effectiveN": [fl(w[g == level].sum() ** 2 / (w[g == level] ** 2).sum()) for level in levels],
    }


# ---------------------------------------------------------------- categorical references
def table_of(c, g, weights, cats, levels):
    return np.array([[weights[(g == level) & (c == cat)].sum() for level in levels] for cat in cats], dtype=float)


def categorical_refs(table):
    """table: categories x groups."""
    chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
    n = table.sum()
    v = np.sqrt(chi2 / (n * (min(table.shape) - 1)))
    col = table.sum(axis=0)
    cells = []
    for i in range(table.shape[0]):
        row = []
        for j in range(table.shape[1]):
            x1, n1 = table[i, j], col[j]
            x2, n2 = table[i].sum() - x1, n - n1
            z, pz = proportions_ztest([x1, x2], [n1, n2])
            row.append({"statistic": fl(z), "pValue": fl(pz)})
        cells.append(row)
    return {"chiSquare": {"statistic": fl(chi2), "df": int(dof), "pValue": fl(p), "cramersV": fl(v), "minExpected": fl(expected.min())}, "vsRest": cells}


def categorical_effective(c, g, w, cats, levels):
    """Effective counts: weighted shares times each group's Kish n_eff (the rest: its own n_eff)."""
    ws = effective_scaled(w, g)
    table = table_of(c, g, ws, cats, levels)
    chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
    cells = []
    for i, cat in enumerate(cats):
        row = []
        for level in levels:
            inside, outside = g == level, g != level
            n1 = w[inside].sum() ** 2 / (w[inside] ** 2).sum()
            n2 = w[outside].sum() ** 2 / (w[outside] ** 2).sum()
            p1 = w[inside & (c == cat)].sum() / w[inside].sum()
            p2 = w[outside & (c == cat)].sum() / w[outside].sum()
            z, pz = proportions_ztest([p1 * n1, p2 * n2], [n1, n2])
            row.append({"statistic": fl(z), "pValue": fl(pz)})
        cells.append(row)
    n = table.sum()
    return {"chiSquare": {"statistic": fl(chi2), "df": int(dof), "pValue": fl(p), "cramersV": fl(np.sqrt(chi2 / (n * (min(table.shape) - 1))))}, "vsRest": cells}


# ---------------------------------------------------------------- data sets
def case(df, var, group, kind):
    d = df[[var, group]].dropna()
    idx = d.index.to_numpy()  # original row numbers: weights are a function of them
    y = d[var].to_numpy(dtype=float)
    g = d[group].to_numpy()
    levels = sorted(np.unique(g))
    w = survey_weights(len(df))[idx]
    f = count_weights(len(df))[idx]
    out = {"variable": var, "group": group, "kind": kind, "levels": [fl(x) for x in levels], "n": int(len(y))}
    if kind == "numeric":
        out["unweighted"] = numeric_unweighted(y, g, levels)
        out["frequency"] = numeric_unweighted(np.repeat(y, f), np.repeat(g, f), levels)
        out["effective"] = numeric_effective(y, g, w, levels)
    else:
        cats = sorted(np.unique(y))
        out["categories"] = [fl(x) for x in cats]
        out["unweighted"] = categorical_refs(table_of(y, g, np.ones(len(y)), cats, levels))
        out["frequency"] = categorical_refs(table_of(y, g, f.astype(float), cats, levels))
        out["effective"] = categorical_effective(y, g, w, cats, levels)
    return out


def spi():
    df = pd.read_csv(os.path.join(SHARED, "survey-sapa-spi", "spi.csv"))
    cases = [case(df, v, "exer", "numeric") for v in ["health", "age", "ER"]]
    cases += [case(df, v, "exer", "categorical") for v in ["sex", "smoke", "health"]]
    return {"source": "survey-sapa-spi/spi.csv", "rows": int(len(df)), "cases": cases}


def anxiety():
    df = pd.read_csv(os.path.join(SHARED, "survey-promis-anxiety", "anxiety.csv"))
    df["cell"] = df["age"] * 2 + df["gender"]  # 0 young male, 1 young female, 2 old male, 3 old female
    cases = [case(df, v, "cell", "numeric") for v in ["R1", "R4", "R16"]]
    cases += [case(df, v, "cell", "categorical") for v in ["R17", "R5"]]
    return {"source": "survey-promis-anxiety/anxiety.csv", "rows": int(len(df)), "cases": cases}


# ---------------------------------------------------------------- R
R_SCRIPT = r"""
a <- read.csv(file.path(Sys.getenv("SHARED"), "survey-promis-anxiety", "anxiety.csv"))
s <- read.csv(file.path(Sys.getenv("SHARED"), "survey-sapa-spi", "spi.csv"))
out <- function(name, x) cat(name, "=", paste(format(x, digits = 17), collapse = ","), "\n")
# exact r x c Fisher on the first 60 anxiety rows: R17 (rare categories) by age*2+gender
h <- head(a, 60); h$cell <- h$age * 2 + h$gender
t1 <- table(h$R17, h$cell); out("fisher_r17_head60_table", as.vector(t(t1))); out("fisher_r17_head60_dim", dim(t1))
out("fisher_r17_head60_p", fisher.test(t1)$p.value)
t2 <- table(h$R5, h$gender); out("fisher_r5_gender_table", as.vector(t(t2))); out("fisher_r5_gender_dim", dim(t2))
out("fisher_r5_gender_p", fisher.test(t2)$p.value)
t3 <- matrix(c(3, 1, 1, 3), 2, byrow = TRUE); out("fisher_tea_p", fisher.test(t3)$p.value)
t4 <- table(h$R1 >= 3, h$age); out("fisher_2x2_table", as.vector(t(t4))); out("fisher_2x2_p", fisher.test(t4)$p.value)
# full-size tables with low expected counts (Monte-Carlo target): R17 by cell, all 766 rows
a$cell <- a$age * 2 + a$gender
t5 <- table(a$R17, a$cell); out("r17_cell_table", as.vector(t(t5))); out("r17_cell_dim", dim(t5))
set.seed(1); out("r17_cell_fisher_mc_p", fisher.test(t5, simulate.p.value = TRUE, B = 1e5)$p.value)
out("r17_cell_chisq_p", suppressWarnings(chisq.test(t5, correct = FALSE))$p.value)
# p.adjust on the chi-square p-values of R1..R29 by cell
p <- sapply(paste0("R", 1:29), function(v) suppressWarnings(chisq.test(table(a[[v]], a$cell), correct = FALSE))$p.value)
out("padjust_input", p); out("padjust_holm", p.adjust(p, "holm")); out("padjust_bh", p.adjust(p, "BH"))
# oneway.test (Welch and classical) and kruskal.test on spi health by exer
w <- oneway.test(health ~ exer, data = s); out("welch_health_exer", c(w$statistic, w$parameter, w$p.value))
e <- oneway.test(health ~ exer, data = s, var.equal = TRUE); out("anova_health_exer", c(e$statistic, e$parameter, e$p.value))
k <- kruskal.test(health ~ exer, data = s); out("kruskal_health_exer", c(k$statistic, k$parameter, k$p.value))
"""


def r_refs():
    env = dict(os.environ, SHARED=SHARED)
    text = subprocess.run(["Rscript", "-e", R_SCRIPT], check=True, capture_output=True, text=True, env=env).stdout
    values = {}
    for line in text.splitlines():
        if "=" not in line:
            continue
        name, rhs = line.split("=", 1)
        values[name.strip()] = [float(x) for x in rhs.strip().split(",")]
    return {"rVersion": subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True, text=True).stdout, "values": values}


if __name__ == "__main__":
    dump("distributions.json", {"scipy": __import__("scipy").__version__, "cases": distributions()})
    dump("spi.json", spi())
    dump("anxiety.json", anxiety())
    dump("r.json", r_refs())
