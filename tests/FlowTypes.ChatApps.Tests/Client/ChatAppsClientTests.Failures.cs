using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Testing;
using FlowTypes.Sending;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Xunit;

namespace FlowTypes.ChatApps.Tests.Client;

/// <summary><see cref="ChatAppsClient.ClassifyFailure"/> for every way a call can fail, and the retries of a send that follow from it.</summary>
public sealed partial class ChatAppsClientTests
{
    private static readonly ChatAppsMessage Message = new("+15551234567", new TemplateMessage("order_ready", "en"));

    [Theory]
    [InlineData(408, ChatAppsFailureKind.Transient)]
    [InlineData(429, ChatAppsFailureKind.Transient)]
    [InlineData(503, ChatAppsFailureKind.Transient)]
    [InlineData(400, ChatAppsFailureKind.Refused)]
    [InlineData(401, ChatAppsFailureKind.Refused)]
    [InlineData(403, ChatAppsFailureKind.Refused)]
    [InlineData(404, ChatAppsFailureKind.Refused)]
    [InlineData(422, ChatAppsFailureKind.Refused)]
    [InlineData(500, ChatAppsFailureKind.OutcomeUnknown)]
    [InlineData(502, ChatAppsFailureKind.OutcomeUnknown)]
    [InlineData(504, ChatAppsFailureKind.OutcomeUnknown)]
    public async Task An_error_status_says_whether_8x8_can_have_acted_on_the_send(int status, ChatAppsFailureKind expected)
    {
        var client = Client(o => o.MaxRetryAttempts = 0);
        _fake.Fail(new Fault(status));

        var e = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SendMessageAsync(Message));

        Assert.Equal((HttpStatusCode)status, e.StatusCode);
        Assert.Equal(expected, ChatAppsClient.ClassifyFailure(e));
        Assert.Single(_fake.Take());
    }

    [Theory]
    [InlineData(503)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task A_send_is_sent_again_after_a_transient_failure(int status)
    {
        var client = Client();
        _fake.Fail(new Fault(status));

        var sent = await client.SendMessageAsync(Message);

        Assert.Equal("dec02e44-c76f-4a0a-b69f-6ac2a4386eb9", sent.Umid);
        Assert.Equal(2, _fake.Take().Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_cap_fails_a_503_at_once()
    {
        var client = Client(o => o.MaxRetryAfter = TimeSpan.FromSeconds(5));
        _fake.Fail(new Fault(503, RetryAfter: "3600"), times: 2);

        var send = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SendMessageAsync(Message));
        var list = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.ListFlowsAsync());

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (send.StatusCode, list.StatusCode));
        Assert.Equal(2, _fake.Take().Count);
    }

    [Fact]
    public async Task A_connection_that_was_never_made_is_transient()
    {
        var client = Client(o => o.BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/"));

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendMessageAsync(Message));

        Assert.Equal(HttpRequestError.ConnectionError, e.HttpRequestError);
        Assert.Equal(ChatAppsFailureKind.Transient, ChatAppsClient.ClassifyFailure(e));
    }

    [Fact]
    public async Task A_connection_lost_after_the_request_was_sent_is_an_unknown_outcome_and_a_send_is_not_repeated()
    {
        await using var server = new HangUpServer();
        var client = Client(o => o.BaseAddress = server.BaseAddress);

        var send = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendMessageAsync(Message));
        var requestsBySend = server.Requests;
        await Assert.ThrowsAsync<HttpRequestException>(() => client.ListFlowsAsync());

        Assert.Equal(ChatAppsFailureKind.OutcomeUnknown, ChatAppsClient.ClassifyFailure(send));
        Assert.Equal(1, requestsBySend); // the send reached the server once and was not repeated
        Assert.True(server.Requests > requestsBySend + 1, $"{server.Requests - requestsBySend} request(s) for the GET"); // a GET is repeated
    }

    [Fact]
    public async Task No_answer_within_the_attempt_timeout_is_an_unknown_outcome()
    {
        // The fake records a request once it has read its body, which can come after the client has given up (a loaded
        // CI machine): wait for that before counting, rather than racing it. The attempt timeout leaves time to send.
        var client = Client(o => o.AttemptTimeout = TimeSpan.FromSeconds(1));
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.OnRequest = _ => received.TrySetResult();
        _fake.Fail(new Fault(0, Delay: TimeSpan.FromSeconds(10)));

        var e = await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.SendMessageAsync(Message));
        await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ChatAppsFailureKind.OutcomeUnknown, ChatAppsClient.ClassifyFailure(e));
        Assert.Single(_fake.Take());
    }

    [Fact]
    public async Task A_send_cancelled_while_under_way_is_an_unknown_outcome()
    {
        var client = Client();
        _fake.Fail(new Fault(0, Delay: TimeSpan.FromSeconds(3)));
        using var cancel = new CancellationTokenSource();
        _fake.OnRequest = _ => cancel.Cancel();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendMessageAsync(Message, cancel.Token));

        Assert.Equal(ChatAppsFailureKind.OutcomeUnknown, ChatAppsClient.ClassifyFailure(e));
        Assert.Single(_fake.Take());
    }

    [Fact]
    public async Task An_open_circuit_refuses_before_sending_and_is_transient()
    {
        var client = Client(o =>
        {
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerMinimumThroughput = 2;
            o.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1);
        });
        _fake.Fail(new Fault(500), times: 2);
        await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SendMessageAsync(Message));
        await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SendMessageAsync(Message));

        var e = await Assert.ThrowsAsync<BrokenCircuitException>(() => client.SendMessageAsync(Message));

        Assert.Equal(ChatAppsFailureKind.Transient, ChatAppsClient.ClassifyFailure(e));
        Assert.Equal(2, _fake.Take().Count);
    }

    [Fact]
    public async Task A_success_answer_without_the_documented_umid_is_an_unknown_outcome()
    {
        var client = Client();
        _fake.Fail(new Fault(200, "{}"));

        var e = await Assert.ThrowsAsync<ChatAppsResponseFormatException>(() => client.SendMessageAsync(Message));

        Assert.Equal("$.umid", e.Field);
        Assert.Equal(ChatAppsFailureKind.OutcomeUnknown, ChatAppsClient.ClassifyFailure(e));
    }

    [Fact]
    public async Task A_failure_before_anything_is_sent_is_not_a_failure_of_a_request()
    {
        var client = Client(o => o.ApiKey = null);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendMessageAsync(Message));

        Assert.Null(ChatAppsClient.ClassifyFailure(e));
        Assert.Null(ChatAppsClient.ClassifyFailure(new ArgumentException("umid must not be empty.", "umid")));
        Assert.Empty(_fake.Take());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A loopback server that reads each request and closes the connection without answering.</summary>
    private sealed class HangUpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _requests;

        public HangUpServer()
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            _loop = AcceptAsync();
        }

        public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public int Requests => Volatile.Read(ref _requests);

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _loop;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // stopped
            }

            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                var received = new StringBuilder();
                var buffer = new byte[4096];
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        break;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                Interlocked.Increment(ref _requests);
                socket.Close(); // the request arrived; the answer never comes
            }
        }
    }
}
