namespace PaperBot.IntegrationTests.Corpus;

/// <summary>Waits for a condition instead of sleeping a fixed time: fast when the machine is, patient when it is busy.</summary>
internal static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return await condition();
    }

    public static Task<bool> TrueAsync(Func<bool> condition, double seconds = 15) => TrueAsync(() => Task.FromResult(condition()), seconds);
}
