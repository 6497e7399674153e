package wifi

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"conformscan/inputs"
)

// Stats count what a source yielded.
type Stats struct {
	Frames int `json:"frames"`
	BSS    int `json:"bss"`
}

// countingReader counts the bytes read through it, so that an error can
// name its offset in the file.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// packetSource is what pcapgo's two readers have in common.
type packetSource interface {
	ReadPacketData() ([]byte, gopacket.CaptureInfo, error)
}

// pcapngMagic starts a pcapng section header block.
var pcapngMagic = []byte{0x0a, 0x0d, 0x0d, 0x0a}

// openCapture opens a pcap or pcapng stream; linkOf gives the link type
// of a packet.
func openCapture(br *bufio.Reader) (packetSource, func(gopacket.CaptureInfo) layers.LinkType, error) {
	magic, err := br.Peek(4)
	if err != nil {
		return nil, nil, fmt.Errorf("not a capture file (%w): give a pcap or pcapng file", err)
	}
	if string(magic) == string(pcapngMagic) {
		r, err := pcapgo.NewNgReader(br, pcapgo.DefaultNgReaderOptions)
		if err != nil {
			return nil, nil, fmt.Errorf("pcapng header: %w", err)
		}
		return r, func(ci gopacket.CaptureInfo) layers.LinkType {
			ifc, err := r.Interface(ci.InterfaceIndex)
			if err != nil {
				return r.LinkType()
			}
			return ifc.LinkType
		}, nil
	}
	r, err := pcapgo.NewReader(br)
	if err != nil {
		return nil, nil, fmt.Errorf("pcap header: %w: give a pcap or pcapng file", err)
	}
	lt := r.LinkType()
	return r, func(gopacket.CaptureInfo) layers.LinkType { return lt }, nil
}

// ReadCapture reads a pcap or pcapng capture and returns the BSSs heard.
// A capture cut or corrupt in the middle returns the BSSs of the frames
// read before, with an error naming the offset.
func ReadCapture(ctx context.Context, path string) ([]*BSS, Stats, error) {
	fh, err := inputs.Open(ctx, inputs.WifiCapture, path)
	if err != nil {
		return nil, Stats{}, err
	}
	defer fh.Close()
	return readCapture(ctx, fh, path)
}

func readCapture(ctx context.Context, r io.Reader, name string) ([]*BSS, Stats, error) {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 1<<16)
	src, linkOf, err := openCapture(br)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("%s: %w", name, err)
	}
	c := newCollector(name)
	for n := 1; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return c.bsses(), c.stats(), fmt.Errorf("%s: reading stopped after %d frames: %w", name, c.frames, ctx.Err())
		}
		at := cr.n - int64(br.Buffered())
		data, ci, err := src.ReadPacketData()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return c.bsses(), c.stats(), fmt.Errorf("%s: capture cut or corrupt at byte %d, after %d frames (%w); the frames before were read: re-export or recapture the file to judge it all", name, at, c.frames, err)
		}
		c.frame(linkOf(ci), data, n)
	}
	return c.bsses(), c.stats(), c.flood()
}

func (c *collector) stats() Stats { return Stats{Frames: c.frames, BSS: len(c.order)} }
