module github.com/projectdiscovery/utils

go 1.24.0

require (
	github.com/Masterminds/semver/v3 v3.2.1
	github.com/Mzack9999/gcache v0.0.0-20230410081825-519e28eab057
	github.com/asaskevich/govalidator v0.0.0-20230301143203-a9d515a09cc2
	github.com/cespare/xxhash v1.1.0
	github.com/charmbracelet/glamour v0.8.0
	github.com/dlclark/regexp2 v1.11.5
	github.com/docker/go-units v0.5.0
	github.com/dsnet/compress v0.0.2-0.20230904184137-39efe44ab707
	github.com/felixge/fgprof v0.9.5
	github.com/fortytw2/leaktest v1.3.0
	github.com/google/go-github/v30 v30.1.0
	github.com/google/uuid v1.3.1
	github.com/hdm/jarm-go v0.0.7
	github.com/julienschmidt/httprouter v1.3.0
	github.com/klauspost/compress v1.18.2
	github.com/kljensen/snowball v0.8.0
	github.com/logrusorgru/aurora/v4 v4.0.0
	github.com/mattn/go-isatty v0.0.20
	github.com/microcosm-cc/bluemonday v1.0.27
	github.com/miekg/dns v1.1.62
	github.com/minio/selfupdate v0.6.1-0.20230907112617-f11e74f84ca7
	github.com/pkg/errors v0.9.1
	github.com/projectdiscovery/blackrock v0.0.1
	github.com/projectdiscovery/fdmax v0.0.4
	github.com/projectdiscovery/machineid v0.0.0-20250715113114-c77eb3567582
	github.com/remeh/sizedwaitgroup v1.0.0
	github.com/rs/xid v1.5.0
	github.com/saintfish/chardet v0.0.0-20230101081208-5e3ef4b5456d
	github.com/shirou/gopsutil v3.21.11+incompatible
	github.com/shirou/gopsutil/v4 v4.26.3
	github.com/stretchr/testify v1.11.1
	github.com/tidwall/gjson v1.18.0
	github.com/wasilibs/go-re2 v1.10.0
	github.com/zmap/zcrypto v0.0.0-20240803002437-3a861682ac77
	go.uber.org/multierr v1.11.0
	golang.org/x/exp v0.0.0-20250106191152-7588d65b2ba8
	golang.org/x/oauth2 v0.27.0
	golang.org/x/sync v0.19.0
	golang.org/x/sys v0.41.0
	golang.org/x/text v0.32.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/Mzack9999/go-http-digest-auth-client v0.6.1-0.20220414142836-eb8883508809 // indirect
	github.com/STARRY-S/zip v0.2.3 // indirect
	github.com/VividCortex/ewma v1.2.0 // indirect
	github.com/akrylysov/pogreb v0.10.1 // indirect
	github.com/alecthomas/chroma/v2 v2.14.0 // indirect
	github.com/andybalholm/brotli v1.2.0 // indirect
	github.com/aymanbagabas/go-osc52/v2 v2.0.1 // indirect
	github.com/bodgit/plumbing v1.3.0 // indirect
	github.com/bodgit/sevenzip v1.6.1 // indirect
	github.com/bodgit/windows v1.0.1 // indirect
	github.com/charmbracelet/lipgloss v0.13.0 // indirect
	github.com/charmbracelet/x/ansi v0.3.2 // indirect
	github.com/dimchansky/utfbom v1.1.1 // indirect
	github.com/djherbis/times v1.6.0 // indirect
	github.com/fatih/color v1.15.0 // indirect
	github.com/gaissmai/bart v0.26.1 // indirect
	github.com/go-ole/go-ole v1.2.6 // indirect
	github.com/golang/snappy v0.0.4 // indirect
	github.com/google/pprof v0.0.0-20240227163752-401108e1b7e7 // indirect
	github.com/hashicorp/golang-lru/v2 v2.0.7 // indirect
	github.com/json-iterator/go v1.1.12 // indirect
	github.com/klauspost/pgzip v1.2.6 // indirect
	github.com/lucasb-eyer/go-colorful v1.2.0 // indirect
	github.com/lufia/plan9stats v0.0.0-20211012122336-39d0f177ccd0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-runewidth v0.0.16 // indirect
	github.com/mholt/archives v0.1.5 // indirect
	github.com/mikelolasagasti/xz v1.0.1 // indirect
	github.com/minio/minlz v1.0.1 // indirect
	github.com/modern-go/concurrent v0.0.0-20180306012644-bacd9c7ef1dd // indirect
	github.com/modern-go/reflect2 v1.0.2 // indirect
	github.com/muesli/reflow v0.3.0 // indirect
	github.com/muesli/termenv v0.15.3-0.20240618155329-98d742f6907a // indirect
	github.com/nwaples/rardecode/v2 v2.2.2 // indirect
	github.com/nxadm/tail v1.4.11 // indirect
	github.com/pierrec/lz4/v4 v4.1.23 // indirect
	github.com/power-devops/perfstat v0.0.0-20240221224432-82ca36839d55 // indirect
	github.com/projectdiscovery/fastdialer v0.5.7 // indirect
	github.com/projectdiscovery/networkpolicy v0.1.38 // indirect
	github.com/projectdiscovery/retryabledns v1.0.114 // indirect
	github.com/refraction-networking/utls v1.8.2 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/sorairolake/lzip-go v0.3.8 // indirect
	github.com/spf13/afero v1.15.0 // indirect
	github.com/syndtr/goleveldb v1.0.0 // indirect
	github.com/tetratelabs/wazero v1.9.0 // indirect
	github.com/tidwall/btree v1.4.3 // indirect
	github.com/tidwall/buntdb v1.3.0 // indirect
	github.com/tidwall/grect v0.1.4 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/rtred v0.1.2 // indirect
	github.com/tidwall/tinyqueue v0.1.1 // indirect
	github.com/tklauser/go-sysconf v0.3.16 // indirect
	github.com/tklauser/numcpus v0.11.0 // indirect
	github.com/ulikunitz/xz v0.5.15 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20240620070341-3dff1577cd52 // indirect
	github.com/yuin/goldmark v1.7.4 // indirect
	github.com/yuin/goldmark-emoji v1.0.3 // indirect
	github.com/yusufpapurcu/wmi v1.2.4 // indirect
	github.com/zmap/rc2 v0.0.0-20190804163417-abaa70531248 // indirect
	go.etcd.io/bbolt v1.3.7 // indirect
	go4.org v0.0.0-20230225012048-214862532bf5 // indirect
)

require (
	aead.dev/minisign v0.2.0 // indirect
	github.com/aymerick/douceur v0.2.0 // indirect
	github.com/cheggaaa/pb/v3 v3.1.4
	github.com/davecgh/go-spew v1.1.2-0.20180830191138-d8f796af33cc // indirect
	github.com/ebitengine/purego v0.10.0
	github.com/google/go-querystring v1.1.0 // indirect
	github.com/gorilla/css v1.0.1 // indirect
	github.com/pmezard/go-difflib v1.0.1-0.20181226105442-5d4384ee4fb2 // indirect
	github.com/projectdiscovery/gologger v1.1.68
	github.com/projectdiscovery/hmap v0.0.100
	github.com/projectdiscovery/retryablehttp-go v1.3.11
	github.com/weppos/publicsuffix-go v0.50.3-0.20260104170930-90713dec78f2
	github.com/zcalusic/sysinfo v1.0.2
	golang.org/x/crypto v0.46.0 // indirect
	golang.org/x/mod v0.30.0 // indirect
	golang.org/x/net v0.48.0
	golang.org/x/term v0.38.0
	golang.org/x/tools v0.39.0
)
