import { memoryWorkspace } from '../src/data/workspace.js';
const ws = await memoryWorkspace();
await ws.run("insert into territories values ('T1','a',null,null,'r','s','2024-01-01'), ('T2','b',null,null,'r','s','2024-01-01')");
console.log(await ws.all("select count(*) as n, sum(hash(t))::varchar as h, bit_xor(hash(t))::varchar as x from territories t"));
await ws.run("insert into territories values ('T3','b',null,null,'r','s','2024-01-01')");
console.log(await ws.all("select count(*) as n, sum(hash(t))::varchar as h from territories t"));
console.log(await ws.all("select count(*) as n, sum(hash(t))::varchar as h from accounts t"));
console.log(await ws.all("select version() as v"));
