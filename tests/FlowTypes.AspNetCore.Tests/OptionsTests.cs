using System;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void ToString_shows_no_secret()
    {
        var options = new FlowEndpointOptions { PrivateKeyPem = Vectors.EncryptedPrivateKeyPem, PrivateKeyPassphrase = Vectors.Passphrase, AppSecret = Vectors.AppSecret };

        Assert.Equal("FlowEndpointOptions { PrivateKey = (set), PrivateKeyPassphrase = (set), AppSecret = (set), MaxBodyBytes = 4194304, MaxDepth = 64 }", options.ToString());
    }

    [Fact]
    public void A_wrong_passphrase_fails_without_showing_the_key_or_passphrase()
    {
        var options = new FlowEndpointOptions { PrivateKeyPem = Vectors.EncryptedPrivateKeyPem, PrivateKeyPassphrase = "wrong-passphrase" };

        var exception = Assert.Throws<InvalidOperationException>(() => FlowEndpointKey.Load(options, "BookingHandler"));

        Assert.Equal("Flow endpoint 'BookingHandler': the private key cannot be read (wrong passphrase, or not an RSA private key in PEM form).", exception.Message);
    }

    [Fact]
    public void An_encrypted_key_without_a_passphrase_fails_clearly()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => FlowEndpointKey.Load(new FlowEndpointOptions { PrivateKeyPem = Vectors.EncryptedPrivateKeyPem }, "BookingHandler"));

        Assert.Equal("Flow endpoint 'BookingHandler': the private key is encrypted but no PrivateKeyPassphrase is configured.", exception.Message);
    }

    [Fact]
    public void A_public_key_is_not_accepted_as_the_private_key()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => FlowEndpointKey.Load(new FlowEndpointOptions { PrivateKeyPem = Vectors.PublicKeyPem }, "BookingHandler"));

        Assert.Equal("Flow endpoint 'BookingHandler': the configured key is not a PEM private key (the public key goes to WhatsApp; the endpoint needs the private one).", exception.Message);
    }

    [Fact]
    public void No_key_fails_at_start_up()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => FlowEndpointKey.Load(new FlowEndpointOptions(), "BookingHandler"));

        Assert.Equal("Flow endpoint 'BookingHandler': no private key is configured (set PrivateKey or PrivateKeyFile).", exception.Message);
    }
}
