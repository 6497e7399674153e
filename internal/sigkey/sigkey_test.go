package sigkey

import "testing"

func TestRoundTrip(t *testing.T) {
	privPEM, pubPEM, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	priv, err := ParsePrivate(privPEM)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ParsePublic(pubPEM)
	if err != nil || !pub.Equal(priv.Public()) || len(KeyID(pub)) != 16 {
		t.Fatalf("pub %v, err %v", pub, err)
	}
	if _, err := ParsePublic(privPEM); err == nil {
		t.Error("a private key read as the public one")
	}
	if _, err := ParsePrivate(pubPEM); err == nil {
		t.Error("a public key read as the private one")
	}
}

func FuzzParse(f *testing.F) {
	priv, pub, _ := Generate()
	f.Add(priv)
	f.Add(pub)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParsePrivate(b)
		_, _ = ParsePublic(b)
	})
}
