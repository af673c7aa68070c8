using System.Buffers;
using System.Net.WebSockets;

namespace PaperBot.Discord.Gateway;

/// <summary>Reads whole gateway messages: large ones (READY, GUILD_CREATE) arrive in several fragments.</summary>
internal sealed class GatewayFrameReader(WebSocket socket)
{
    // Far above any real dispatch; a stream that never ends a message must not eat all memory.
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary>The next message, or <see cref="WebSocketMessageType.Close"/> with no data when the server closed.</summary>
    public async Task<(WebSocketMessageType Type, ReadOnlyMemory<byte> Frame)> ReadAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, default);
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"A gateway message exceeded {MaxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType, _buffer.WrittenMemory);
            }
        }
    }
}
