namespace Gongkai.Infrastructure;

/// <summary>A setting or argument that stops the program from starting; printed as one line on stderr.</summary>
public sealed class StartupException(string message) : Exception(message);
