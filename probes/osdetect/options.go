package osdetect

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
)

// CommunityEnv is the environment variable holding the SNMP community.
const CommunityEnv = "CONFORMSCAN_SNMP_COMMUNITY"

// defaultSNMPPort is where SNMP agents listen.
const defaultSNMPPort = 161

// Flags are the osdetect probe's own options: the SNMP community for one
// read-only GET of sysDescr.0. The community is a password: it comes from
// the environment or a file, never from the command line, and is never
// reported. Without one, SNMP is not asked.
type Flags struct {
	SNMPCommunityFile string
	// SNMPCommunity is read by Validate (or set by tests); never reported.
	SNMPCommunity string
	// SNMPPort is the agents' UDP port (0: 161; tests set another).
	SNMPPort int
	// getenv reads the environment (os.Getenv; tests inject one).
	getenv func(string) string
}

// Register adds --snmp-community-file.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.StringVar(&f.SNMPCommunityFile, "snmp-community-file", "",
		"file holding the SNMP community (or $"+CommunityEnv+") for one read of sysDescr.0 on UDP 161; never logged, not tried without")
}

// Validate reads the community from the file, else the environment.
func (f *Flags) Validate(ctx context.Context) error {
	if f.SNMPCommunityFile != "" {
		b, err := inputs.Read(ctx, inputs.SNMPCommunity, f.SNMPCommunityFile)
		if err != nil {
			return err
		}
		f.SNMPCommunity = strings.TrimRight(string(b), "\r\n")
		if f.SNMPCommunity == "" {
			return fmt.Errorf("--snmp-community-file %s is empty", f.SNMPCommunityFile)
		}
		return nil
	}
	if f.getenv != nil && f.SNMPCommunity == "" {
		f.SNMPCommunity = f.getenv(CommunityEnv)
	}
	return nil
}
