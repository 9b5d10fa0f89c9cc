"""Outside check of the planted structure of a `segmap demo` market, with scikit-learn.

Usage:  /usr/bin/python3 test/reference/demo-market/check_market.py D
where D is a demo folder (D/data/*.csv written by the generator, D/truth/*.csv the planted truth).
Rows listed in D/truth/planted_rejects.csv are dropped first, as the importer rejects them.

Prints three numbers the demo promises (see src/pipeline/demo/market/):
  1. survey: k-means (k=4, standardised items, clean respondents) adjusted Rand vs planted segments (goal >= 0.8)
  2. projection: 5-fold CV accuracy of a logistic regression on secondary data only (goal ~0.70-0.80),
     and the same model's accuracy on the whole universe
  3. prioritization: a naive opportunity (log volume + log untreated + log referral inflow) vs position (our
     share) split by 2-component Gaussian mixtures: precision and recall of growth and expansion (goal >= 0.7)
"""
import sys
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import adjusted_rand_score
from sklearn.mixture import GaussianMixture
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

D = sys.argv[1]
bad = pd.read_csv(f'{D}/truth/planted_rejects.csv')


def source(name):
    df = pd.read_csv(f'{D}/data/{name}.csv', dtype=str, keep_default_na=False, na_values=[''])
    rows = bad[bad.table == name].row.values - 2  # report rows count the header as row 1
    return df.drop(index=rows)


def truth(name):
    return pd.read_csv(f'{D}/truth/{name}.csv', dtype=str)


segment = truth('stakeholder_segments').set_index('stakeholder_id').segment

# 1. survey segments
resp = source('survey_responses')
resp['value'] = resp.value.astype(float)
wide = resp.pivot(index='respondent_id', columns='question_id', values='value')
quality = truth('respondent_quality').set_index('respondent_id')
wide = wide.join(quality)
clean = wide[wide.quality == 'ok']
items = [c for c in resp.question_id.unique()]
X = StandardScaler().fit_transform(clean[items].apply(lambda c: c.fillna(c.mean())))
labels = KMeans(4, n_init=10, random_state=0).fit_predict(X)
print('survey k-means ARI (clean respondents):', round(adjusted_rand_score(segment.loc[clean.stakeholder_id], labels), 3))

# 2. projection from secondary data
st = source('stakeholders').set_index('stakeholder_id')
acc = source('accounts').set_index('account_id')
F = pd.get_dummies(st[['role', 'specialty']].fillna('none'))
F = F.join(pd.get_dummies(acc.loc[st.account_id, 'type'].values, prefix='acct').set_index(st.index))
vol = source('volumes')
vol = vol[vol.entity_kind == 'stakeholder']
vol['c'] = vol['count'].astype(float).fillna(5)  # suppressed: 1-10, take 5
F = F.join(np.log1p(vol.groupby(['entity_id', 'code']).c.sum().unstack(fill_value=0)).add_prefix('vol_'))
ev = source('engagement_events')
e = ev.groupby(['stakeholder_id', 'channel', 'type']).size().unstack([1, 2], fill_value=0)
e.columns = [f'ev_{a}_{b}' for a, b in e.columns]
F = F.join(e).join(ev.dropna(subset=['asset']).groupby(['stakeholder_id', 'asset']).size().unstack(fill_value=0).add_prefix('asset_'))
ref = source('referrals')
ref['w'] = ref.shared_patients.astype(float).fillna(5)
F = F.join(ref.groupby('to_id').w.agg(['sum', 'size']).add_prefix('in_')).join(ref.groupby('from_id').w.agg(['sum', 'size']).add_prefix('out_'))
kol = source('kol_signals')
kol['v'] = kol.value.astype(float)
F = F.join(np.log1p(kol.groupby(['stakeholder_id', 'kind']).v.sum().unstack(fill_value=0)).add_prefix('kol_'))
F = F.join(source('affiliations').groupby('stakeholder_id').size().rename('n_aff'))
F = F.fillna(0).astype(float)
respondents = source('survey_respondents').stakeholder_id
model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=3000))
cv = cross_val_score(model, F.loc[respondents], segment.loc[respondents], cv=StratifiedKFold(5, shuffle=True, random_state=0))
model.fit(F.loc[respondents], segment.loc[respondents])
print('projection CV accuracy (respondents):', round(cv.mean(), 3), ' universe accuracy:', round((model.predict(F) == segment.loc[F.index].values).mean(), 3))

# 3. prioritization
planted = truth('accounts').set_index('account_id').planted_quadrant
va = source('volumes')
va = va[va.entity_kind == 'account']
va['c'] = va['count'].astype(float).fillna(5)
proc = va[va.code != 'I70.2'].groupby('entity_id').c.sum()
diag = va[va.code == 'I70.2'].groupby('entity_id').c.sum()
sales = source('sales')
sales['u'] = sales.units.astype(float)
share = sales[sales.product_id.str.startswith('MER')].groupby('account_id').u.sum() / sales.groupby('account_id').u.sum()
ref['to_acc'] = st.loc[ref.to_id, 'account_id'].values
ref['from_acc'] = st.loc[ref.from_id, 'account_id'].values
inflow = ref[ref.to_acc != ref.from_acc].groupby('to_acc').w.sum()
A = pd.DataFrame(index=planted.index)
A['proc'] = np.log1p(proc.reindex(A.index).fillna(0))
A['pot'] = np.log1p((diag - proc).clip(lower=0).reindex(A.index).fillna(0))
A['inflow'] = np.log1p(inflow.reindex(A.index).fillna(0))
z = (A - A.mean()) / A.std()
opportunity = (z.proc + z.pot + z.inflow).values.reshape(-1, 1)
position = share.reindex(A.index).fillna(0).values.reshape(-1, 1)


def high(x):
    g = GaussianMixture(2, random_state=0).fit(x)
    return g.predict(x) == np.argmax(g.means_.ravel())


o, p = high(opportunity), high(position)
pred = np.where(o & p, 'expansion', np.where(o, 'growth', np.where(p, 'maintain_monitor', 'low_priority')))
for q in ['growth', 'expansion']:
    hit = ((pred == q) & (planted.values == q)).sum()
    print(f'prioritization {q}: precision', round(hit / max(1, (pred == q).sum()), 3), 'recall', round(hit / (planted.values == q).sum(), 3))
