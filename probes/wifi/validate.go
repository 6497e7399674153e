package wifi

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"conformscan/inputs"
)

// maxFirstFrame bounds what CheckCapture reads: the header blocks and the
// first frame of a capture fit in it (an 802.11 frame is under 12 KB).
const maxFirstFrame = 64 << 10

// CheckCapture reads a capture's header and its first frame, within
// maxFirstFrame bytes: a file that is not a pcap or pcapng capture, or
// holds no complete frame, is an error naming the file, the byte offset
// and what to do. A capture cut after its first frame passes: the scan
// reads the frames before the cut and warns.
func CheckCapture(ctx context.Context, path string) error {
	fh, err := inputs.Open(ctx, inputs.WifiCapture, path)
	if err != nil {
		return err
	}
	defer fh.Close()
	return checkFirstFrame(fh, path)
}

func checkFirstFrame(r io.Reader, name string) error {
	cr := &countingReader{r: io.LimitReader(r, maxFirstFrame)}
	br := bufio.NewReaderSize(cr, 4096)
	if err := checkMagic(br, name); err != nil {
		return err
	}
	src, _, err := openCapture(br)
	if err != nil {
		if cr.n >= maxFirstFrame {
			return nil
		}
		return fmt.Errorf("--wifi-capture %s: header cut or corrupt within its first %d bytes (%v): "+
			"no frame to read; re-export the capture as pcap or pcapng, or capture again", name, cr.n, cause(err))
	}
	at := cr.n - int64(br.Buffered())
	_, _, err = src.ReadPacketData()
	switch {
	case err == nil || cr.n >= maxFirstFrame:
		return nil
	case errors.Is(err, io.EOF):
		return fmt.Errorf("--wifi-capture %s: no frame after the header (file ends at byte %d): "+
			"capture again, beacons and probe responses included, and save the file once the capture is stopped", name, at)
	}
	return fmt.Errorf("--wifi-capture %s: first frame cut or corrupt at byte %d (%v): "+
		"no complete frame to judge; re-export the capture as pcap or pcapng, or capture again", name, at, err)
}

// checkMagic tells a file that is no capture at all from a cut one.
func checkMagic(br *bufio.Reader, name string) error {
	m, err := br.Peek(4)
	if len(m) == 0 {
		return fmt.Errorf("--wifi-capture %s: empty file (0 bytes), not a capture: give a pcap or pcapng file", name)
	}
	if err != nil {
		return fmt.Errorf("--wifi-capture %s: too short to be a capture (%d bytes: % x): give a pcap or pcapng file", name, len(m), m)
	}
	switch string(m) {
	case string(pcapngMagic), "\xd4\xc3\xb2\xa1", "\xa1\xb2\xc3\xd4", "\x4d\x3c\xb2\xa1", "\xa1\xb2\x3c\x4d":
		return nil
	}
	return fmt.Errorf("--wifi-capture %s: not a pcap or pcapng file (starts with % x at byte 0): export it as pcap or pcapng", name, m)
}

// cause is the error err wraps (err itself when it wraps none).
func cause(err error) error {
	if c := errors.Unwrap(err); c != nil {
		return c
	}
	return err
}
