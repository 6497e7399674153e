package wifi

import (
	"bytes"
	"context"
	"testing"

	"conformscan/demo/wifilab"
)

// BenchmarkCapture reads a generated capture of 100 000 beacons and
// reports frames per second.
func BenchmarkCapture(b *testing.B) {
	const n = 100_000
	raw, err := wifilab.Bulk(n)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bs, st, err := readCapture(context.Background(), bytes.NewReader(raw), "bench.pcap")
		if err != nil || st.Frames != n || len(bs) != 64 {
			b.Fatalf("%v %+v %d", err, st, len(bs))
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "frames/s")
}
