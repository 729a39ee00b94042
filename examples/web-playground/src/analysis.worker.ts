// The Web Worker: @presslens/web/worker answers the page's requests with the built-in pipeline.
import '@presslens/web/worker';
