using System.ClientModel;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.SemanticKernel;
using PaperBot.AI.Models;

namespace PaperBot.Tests.AI.Models;

public sealed class ModelFaultsTests
{
    public static TheoryData<Exception, string> Faults => new()
    {
        { new TaskCanceledException(), ModelFaults.Timeout },
        { new HttpOperationException(HttpStatusCode.TooManyRequests, null, "429", null), ModelFaults.RateLimited },
        { new HttpOperationException(HttpStatusCode.ServiceUnavailable, null, "503", null), ModelFaults.ServerError },
        { new HttpOperationException(HttpStatusCode.Unauthorized, null, "401", null), ModelFaults.NotAuthorized },
        { new HttpOperationException(HttpStatusCode.NotFound, null, "404", null), "HTTP 404" },
        { new HttpOperationException("refused", new ClientResultException("refused", null, new HttpRequestException("refused", new SocketException()))), ModelFaults.Unreachable },
        { new ClientResultException("too many", null), ModelFaults.Unreachable },
        { new HttpRequestException("down"), ModelFaults.Unreachable },
        { new JsonException("bad"), ModelFaults.InvalidResponse },
        { new ToolCallException("no such tool"), ModelFaults.InvalidToolCall },
        { new KernelException("odd"), ModelFaults.InvalidResponse },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Describe_Exception_NamesTheFaultInAFewWords(Exception exception, string expected)
    {
        Assert.Equal(expected, ModelFaults.Describe(exception, timedOut: false));
    }

    [Fact]
    public void Describe_AnythingAfterTheTimeout_IsATimeout()
    {
        Assert.Equal(ModelFaults.Timeout, ModelFaults.Describe(new HttpRequestException("aborted"), timedOut: true));
    }
}
