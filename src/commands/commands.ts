// The ribbon's function file. The manifest's only button opens the task pane (ShowTaskpane), so
// there are no ExecuteFunction actions to associate yet; Office still requires the function file
// to call Office.onReady before it counts the add-in as loaded.
Office.onReady(() => {
  // Nothing to initialise.
});

export {};
