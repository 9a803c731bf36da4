//! Per-stage throughput of the library on the seed report: decoding (UTF-8 and a
//! GB18030 copy), normalization, segmentation plus extraction, and the whole
//! `analyze()`. Criterion reports bytes of input per second for each stage; run with
//! `cargo bench --bench pipeline` or through `scripts/bench.sh`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use report::{EMBEDDED_REPORT, Options, analyze, extract, input, text};
use std::hint::black_box;

fn stages(c: &mut Criterion) {
    let bytes = EMBEDDED_REPORT;
    let decoded = input::decode(bytes, None).expect("the seed decodes");
    let (gb18030, _, _) = encoding_rs::GB18030.encode(&decoded.text);
    let normalized = input::normalize(&decoded.text);
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("decode_utf8", |b| {
        b.iter(|| input::decode(black_box(bytes), None))
    });
    group.bench_function("normalize", |b| {
        b.iter(|| input::normalize(black_box(&decoded.text)))
    });
    group.bench_function("segment_extract", |b| {
        b.iter(|| {
            let segmented = text::segment(black_box(&normalized));
            extract::extract(&normalized, &segmented)
        })
    });
    let options = Options {
        path: "seed.txt".to_string(),
        encoding: None,
    };
    group.bench_function("analyze", |b| {
        b.iter(|| analyze(black_box(bytes), &options))
    });
    group.throughput(Throughput::Bytes(gb18030.len() as u64));
    group.bench_function("decode_gb18030", |b| {
        b.iter(|| input::decode(black_box(&gb18030), None))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
