namespace PaperBot.IntegrationTests.Storage;

/// <summary>What a test process holds, disposed last first.</summary>
internal sealed class Disposables(params object[] items) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var item in items.Reverse())
        {
            switch (item)
            {
                case IAsyncDisposable asynchronous:
                    await asynchronous.DisposeAsync();
                    break;
                case IDisposable synchronous:
                    synchronous.Dispose();
                    break;
            }
        }
    }
}
