<?php
// Alternative to the plugin: the script tag from the theme's functions.php. Copy the rules of
// factbox.css (each widget's reserved height) into the theme's stylesheet too.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-LW1g/bMZFbcAyFZMZrV1v4f7grqva+dOEJAtS7QilX3NXxmnCIt5EHZbP2TIkX08',
		'crossorigin' => 'anonymous',
	) );
} );
