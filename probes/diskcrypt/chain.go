package diskcrypt

import (
	"errors"
	"io/fs"
	"path"
	"strings"
)

// maxChain bounds the device layers followed (dm over LVM over dm-crypt
// over a partition...).
const maxChain = 8

// cryptTypes are the dm UUID prefixes of a dm-crypt mapping that
// encrypts (CRYPT-VERITY and CRYPT-INTEGRITY only check integrity).
var cryptTypes = []string{"CRYPT-LUKS2", "CRYPT-LUKS1", "CRYPT-LUKS", "CRYPT-PLAIN", "CRYPT-LOOPAES", "CRYPT-TCRYPT", "CRYPT-BITLK", "CRYPT-FVAULT2"}

// cryptType returns the encrypting type named by a dm UUID ("" when
// none).
func cryptType(uuid string) string {
	for _, t := range cryptTypes {
		if strings.HasPrefix(uuid, t+"-") || uuid == t {
			return strings.TrimPrefix(t, "CRYPT-")
		}
	}
	return ""
}

// chain judges the block device whose sysfs folder is dir: encrypted when
// it is a dm-crypt mapping, or when every device under it (its slaves) is
// encrypted; unencrypted when it, or one device under it, is a plain
// device; unknown when a layer could not be read.
func (r reader) chain(dir string, depth int) (string, string) {
	name := r.devName(dir)
	if depth >= maxChain {
		return Unknown, name + ": more than 8 device layers"
	}
	b, err := r.acc.ReadFile(r.ctx, dir+"/dm/uuid", 4096)
	switch {
	case err == nil:
		uuid := strings.TrimSpace(string(b))
		if t := cryptType(uuid); t != "" {
			return Encrypted, name + " dm-crypt " + t + " (" + r.dmName(dir) + ")"
		}
	case !errors.Is(err, fs.ErrNotExist):
		r.unread(dir+"/dm/uuid", err)
		return Unknown, name + ": device-mapper UUID not read"
	}
	ents, err := r.acc.ReadDir(r.ctx, dir+"/slaves")
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		r.unread(dir+"/slaves", err)
		return Unknown, name + ": underlying devices not read"
	case len(ents) == 0:
		return Unencrypted, name + ": no dm-crypt layer"
	}
	state, hows := Encrypted, []string{}
	for _, e := range ents {
		s, how := r.chain("/sys/class/block/"+path.Base(e.Name), depth+1)
		hows = append(hows, how)
		switch {
		case s == Unencrypted:
			state = Unencrypted
		case s == Unknown && state == Encrypted:
			state = Unknown
		}
	}
	return state, name + " over " + strings.Join(hows, " + ")
}

// devName names the device of a sysfs folder (/dev/dm-0), from its
// uevent file.
func (r reader) devName(dir string) string {
	if b, err := r.acc.ReadFile(r.ctx, dir+"/uevent", 4096); err == nil {
		if n := ParseUevent(b); n != "" {
			return "/dev/" + n
		}
	}
	return path.Base(dir)
}

// dmName is the device-mapper name ("luks-…", "cryptroot").
func (r reader) dmName(dir string) string {
	if b, err := r.acc.ReadFile(r.ctx, dir+"/dm/name", 4096); err == nil {
		return "/dev/mapper/" + strings.TrimSpace(string(b))
	}
	return "?"
}
