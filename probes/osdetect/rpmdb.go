package osdetect

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"

	"conformscan/probes/hostaccess"
)

// SourceRPMDB: packages read from the rpm database file itself (an
// offline root runs no rpm).
const SourceRPMDB = "rpmdb"

// maxRPMDB bounds an rpm database read (a RHEL server's rpmdb.sqlite is
// tens of MB).
const maxRPMDB = 512 << 20

// rpmDBFormat is how an rpm database file is stored.
type rpmDBFormat int

const (
	rpmSQLite rpmDBFormat = iota // RHEL 9, Fedora >= 33
	rpmNDB                       // SUSE (ndb)
	rpmBDB                       // RHEL 7 and 8: Berkeley DB, not read
)

// rpmDBFiles are the rpm database files of a root, in the order they are
// looked for: the first present is the database (Fedora and SUSE keep it
// under /usr/lib/sysimage/rpm, /var/lib/rpm linking there).
var rpmDBFiles = []struct {
	path   string
	format rpmDBFormat
}{
	{"/usr/lib/sysimage/rpm/rpmdb.sqlite", rpmSQLite},
	{"/var/lib/rpm/rpmdb.sqlite", rpmSQLite},
	{"/usr/lib/sysimage/rpm/Packages.db", rpmNDB},
	{"/var/lib/rpm/Packages.db", rpmNDB},
	{"/usr/lib/sysimage/rpm/Packages", rpmBDB},
	{"/var/lib/rpm/Packages", rpmBDB},
}

// ReadRPMDB reads the installed packages from the host's rpm database
// without running rpm. It returns the database's source ("" when the
// host has none). A database that does not read completely is an error,
// never an empty list.
func ReadRPMDB(ctx context.Context, acc hostaccess.Access) ([]Package, string, error) {
	for _, f := range rpmDBFiles {
		if _, err := acc.Stat(ctx, f.path); errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, acc.Source(f.path), fmt.Errorf("%s: %w", acc.Source(f.path), err)
		}
		src := acc.Source(f.path)
		var pkgs []Package
		var err error
		switch f.format {
		case rpmSQLite:
			pkgs, err = readRPMSQLite(ctx, acc, f.path)
		case rpmNDB:
			pkgs, err = readRPMNDB(ctx, acc, f.path)
		default:
			err = errors.New("this rpm database format (Berkeley DB) is not read offline; audit the running host (--ssh-user) where rpm -qa lists it")
		}
		if err != nil {
			return nil, src, fmt.Errorf("%s: %w", src, err)
		}
		return pkgs, src, nil
	}
	return nil, "", nil
}

// readRPMSQLite reads an rpmdb.sqlite (bounded) whose write-ahead log is
// empty, and every header of its Packages table.
func readRPMSQLite(ctx context.Context, acc hostaccess.Access, p string) ([]Package, error) {
	if wal, err := acc.Stat(ctx, p+"-wal"); err == nil && wal.Size > 0 {
		return nil, errors.New("its write-ahead log holds changes not yet in the database (rpm was running when the image was taken)")
	}
	data, err := acc.ReadFile(ctx, p, maxRPMDB)
	if err != nil {
		return nil, err
	}
	return ParseRPMSQLite(ctx, data)
}

// ParseRPMSQLite reads the packages of an rpmdb.sqlite's bytes: checked,
// copied to a private temporary file, opened read-only and immutable.
func ParseRPMSQLite(ctx context.Context, data []byte) ([]Package, error) {
	if err := checkSQLiteSize(data); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "conformscan-rpmdb-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	copyPath := filepath.Join(dir, "rpmdb.sqlite")
	if err := os.WriteFile(copyPath, data, 0o600); err != nil {
		return nil, err
	}
	data = nil
	uri := url.URL{Scheme: "file", Path: copyPath, RawQuery: "mode=ro&immutable=1"}
	db, err := sql.Open("sqlite", uri.String())
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return queryRPMSQLite(ctx, db)
}

// readRPMNDB reads SUSE's ndb Packages.db (bounded).
func readRPMNDB(ctx context.Context, acc hostaccess.Access, p string) ([]Package, error) {
	data, err := acc.ReadFile(ctx, p, maxRPMDB)
	if err != nil {
		return nil, err
	}
	return ParseRPMNDB(data)
}

// queryRPMSQLite checks the database and parses every package header.
func queryRPMSQLite(ctx context.Context, db *sql.DB) ([]Package, error) {
	var check string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil {
		return nil, err
	}
	if check != "ok" {
		return nil, fmt.Errorf("database damaged: %s", check)
	}
	rows, err := db.QueryContext(ctx, "SELECT hnum, blob FROM Packages ORDER BY hnum")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var pkgs []Package
	for rows.Next() {
		var hnum int64
		var blob []byte
		if err := rows.Scan(&hnum, &blob); err != nil {
			return nil, err
		}
		h, err := ParseRPMHeader(blob)
		if err != nil {
			return nil, fmt.Errorf("package %d: %w", hnum, err)
		}
		if h.Name != "gpg-pubkey" { // rpm's imported signing keys, not software
			pkgs = append(pkgs, h.Package())
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return pkgs, nil
}

// checkSQLiteSize checks the SQLite file header and that the file holds
// exactly the pages it announces (a truncated copy does not).
func checkSQLiteSize(data []byte) error {
	const magic = "SQLite format 3\x00"
	if len(data) < 100 || string(data[:16]) != magic {
		return errors.New("not a SQLite database")
	}
	pageSize := int64(binary.BigEndian.Uint16(data[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("SQLite page size %d", pageSize)
	}
	pages := int64(binary.BigEndian.Uint32(data[28:]))
	changes, validFor := binary.BigEndian.Uint32(data[24:]), binary.BigEndian.Uint32(data[92:])
	if changes != validFor || pages == 0 {
		return errors.New("SQLite header does not give the database size")
	}
	if int64(len(data)) != pages*pageSize {
		return fmt.Errorf("truncated or padded: %d bytes for %d pages of %d", len(data), pages, pageSize)
	}
	return nil
}
