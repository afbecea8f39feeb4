using System.Reflection;

namespace Medborgardialog.Api.Infrastructure.Hosting;

/// <summary>
/// True while the build loads the app only to write the OpenAPI document (dotnet-getdocument runs it
/// through GetDocument.Insider and starts the host). Then nothing touches the database or starts jobs.
/// </summary>
public static class BuildTime
{
    public static bool IsGeneratingDocument { get; } =
        Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
