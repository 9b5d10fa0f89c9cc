"""Which classifier should project survey segments onto the universe? An outside check with scikit-learn.

Usage:  /usr/bin/python3 test/reference/demo-market/projection_models.py D
where D is a finished `segmap demo` folder (D/data/*.csv, D/out/survey-segments.csv).

Features: those of check_market.py (one-hot role, specialty, account type; log1p volumes per code; events
per (channel, type) and per asset; referral sums and counts; log1p KOL signals per kind; affiliations),
counts on log1p as src/pipeline/projection/secondary-features.ts models them. Labels: the survey's k-means
segments (D/out/survey-segments.csv), as the product trains on them. Prints 5-fold stratified CV accuracy
of regularised logistic regression over a C grid, a random forest and histogram gradient boosting: the
numbers behind the choice recorded in src/pipeline/projection/train-projection.ts.
"""
import sys
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

D = sys.argv[1]
bad = pd.read_csv(f'{D}/truth/planted_rejects.csv')


def source(name):
    df = pd.read_csv(f'{D}/data/{name}.csv', dtype=str, keep_default_na=False, na_values=[''])
    return df.drop(index=bad[bad.table == name].row.values - 2)


st = source('stakeholders').set_index('stakeholder_id')
acc = source('accounts').set_index('account_id')
F = pd.get_dummies(st[['role', 'specialty']].fillna('none'))
F = F.join(pd.get_dummies(acc.reindex(st.account_id)['type'].fillna('none').values, prefix='acct').set_index(st.index))
vol = source('volumes')
vol = vol[vol.entity_kind == 'stakeholder']
vol['c'] = vol['count'].astype(float).fillna(5)
F = F.join(np.log1p(vol.groupby(['entity_id', 'code']).c.sum().unstack(fill_value=0)).add_prefix('vol_'))
ev = source('engagement_events')
e = ev.groupby(['stakeholder_id', 'channel', 'type']).size().unstack([1, 2], fill_value=0)
e.columns = [f'ev_{a}_{b}' for a, b in e.columns]
F = F.join(np.log1p(e)).join(np.log1p(ev.dropna(subset=['asset']).groupby(['stakeholder_id', 'asset']).size().unstack(fill_value=0)).add_prefix('asset_'))
ref = source('referrals')
ref['w'] = ref.shared_patients.astype(float).fillna(5)
F = F.join(np.log1p(ref.groupby('to_id').w.agg(['sum', 'size'])).add_prefix('in_')).join(np.log1p(ref.groupby('from_id').w.agg(['sum', 'size'])).add_prefix('out_'))
kol = source('kol_signals')
kol['v'] = kol.value.astype(float)
F = F.join(np.log1p(kol.groupby(['stakeholder_id', 'kind']).v.sum().unstack(fill_value=0)).add_prefix('kol_'))
F = F.join(np.log1p(source('affiliations').groupby('stakeholder_id').size().rename('n_aff')))
F = F.fillna(0).astype(float)

segments = pd.read_csv(f'{D}/out/survey-segments.csv', dtype=str).set_index('stakeholder_id').segment
X, y = F.loc[segments.index], segments.values
cv = StratifiedKFold(5, shuffle=True, random_state=0)
print(f'{len(y)} respondents, {F.shape[1]} features')
for C in [0.01, 0.03, 0.1, 0.3, 1]:
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000))
    print(f'logistic regression C={C}: {cross_val_score(model, X, y, cv=cv).mean():.3f}')
print(f'random forest (500 trees, min_samples_leaf=2): {cross_val_score(RandomForestClassifier(500, min_samples_leaf=2, random_state=0, n_jobs=1), X, y, cv=cv).mean():.3f}')
print(f'histogram gradient boosting: {cross_val_score(HistGradientBoostingClassifier(random_state=0), X, y, cv=cv).mean():.3f}')
