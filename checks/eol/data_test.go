package eol

import "testing"

func TestEmbeddedParses(t *testing.T) {
	db, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Products) < 30 {
		t.Fatalf("products: %v", db.IDs())
	}
	_, c := db.Find("debian", "12")
	if c == nil || c.Security.Format("2006-01-02") != "2026-07-11" || c.Extended.Format("2006-01-02") != "2028-06-30" {
		t.Fatalf("debian 12: %+v", c)
	}
	_, c = db.Find("windows-server", "2012-r2")
	if c == nil || c.Security.Format("2006-01-02") != "2023-10-10" || c.Extended.Format("2006-01-02") != "2026-10-13" {
		t.Fatalf("2012 r2: %+v", c)
	}
	_, c = db.Match("nginx", "1.31.2")
	if c == nil || c.Cycle != "1.31" || !c.SecurityOpen {
		t.Fatalf("nginx: %+v", c)
	}
	_, c = db.Match("tomcat", "9.0.85")
	if c == nil || c.Cycle != "9.0" {
		t.Fatalf("tomcat: %+v", c)
	}
}

func TestLoadDirErrors(t *testing.T) {
	if _, err := LoadDir(t.Context(), t.TempDir()); err == nil {
		t.Fatal("empty dir accepted")
	}
}
