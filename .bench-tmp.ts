import { Dijkstra } from './src/domain/routing/dijkstra.ts'
const SIDE=448, n=SIDE*SIDE
let seed=42; const random=()=>{seed=(seed+0x6d2b79f5)|0;let t=Math.imul(seed^(seed>>>15),1|seed);t=(t+Math.imul(t^(t>>>7),61|t))^t;return((t^(t>>>14))>>>0)/4294967296}
const offsets=new Int32Array(n+1); const adj:number[][]=Array.from({length:n},()=>[]); const w:number[][]=Array.from({length:n},()=>[])
for(let r=0;r<SIDE;r++)for(let c=0;c<SIDE;c++){const a=r*SIDE+c; for(const b of [c+1<SIDE?a+1:-1, r+1<SIDE?a+SIDE:-1]) if(b>=0){const m=0.2+random(); adj[a].push(b);w[a].push(m);adj[b].push(a);w[b].push(m)}}
for(let i=0;i<n;i++)offsets[i+1]=offsets[i]+adj[i].length
const targets=Int32Array.from(adj.flat()), minutes=Float32Array.from(w.flat())
const d=new Dijkstra({offsets,targets,minutes})
const src=(SIDE/2)*SIDE+SIDE/2
const ts:number[]=[]
for(let i=0;i<15;i++){const t0=performance.now(); d.run([{node:src,minutes:0}]); ts.push(performance.now()-t0)}
console.log(ts.map(x=>x.toFixed(1)).join(' '))
